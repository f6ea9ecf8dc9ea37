package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.CuttableProxy;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away in the middle of a night (every connection dropped, new ones refused for
 * a few seconds) and comes back: the night rides it out or fails with a clear message, and a rerun
 * completes it with the same views as an uninterrupted night.
 */
class DatabaseOutageTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();
    private static final String DATE = "2026-08-01";

    @Test
    void aNightCutOffFromItsDatabaseEndsWithTheSameViewsAfterARerun() throws Exception {
        TestDatabase uninterrupted = TestDatabase.fresh();
        assertThat(new Cli(uninterrupted).run("run", "--input", INPUT, "--date", DATE).exitCode()).isZero();

        TestDatabase database = TestDatabase.fresh();
        URI direct = URI.create(database.url().substring("jdbc:".length()));
        try (CuttableProxy proxy = new CuttableProxy(direct.getPort())) {
            String proxied = "jdbc:mysql://127.0.0.1:" + proxy.port() + direct.getPath();
            Cli cli = new Cli(database).with("spring.datasource.url", proxied).with("mirsad.chunk-size", "1")
                    // A short pool wait, so an outage longer than it fails the night instead of hanging it.
                    .with("spring.datasource.hikari.connection-timeout", "2000");
            assertThat(cli.run("status").exitCode()).isZero();
            JdbcTemplate jdbc = database.jdbc();
            jdbc.execute("CREATE TRIGGER slow_article BEFORE INSERT ON article FOR EACH ROW SET @pause = SLEEP(0.2)");

            CompletableFuture<Cli.Result> night = CompletableFuture.supplyAsync(
                    () -> cli.run("run", "--input", INPUT, "--date", DATE));
            while (jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class) < 3) {
                Thread.sleep(50);
            }
            proxy.cut();
            Thread.sleep(5000);
            proxy.restore();
            Cli.Result first = night.get(3, TimeUnit.MINUTES);
            System.out.println("DatabaseOutageTest: the night during the outage: " + first);
            jdbc.execute("DROP TRIGGER slow_article");

            if (first.exitCode() != ExitCodes.COMPLETED) {
                assertThat(first.exitCode()).as(first.toString()).isIn(ExitCodes.FAILED, ExitCodes.ERROR);
                assertThat(first.err()).as("says what happened and what to do")
                        .contains("connection").contains("run the same date again");
                long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
                if (List.of("STARTED", "STOPPING").contains(jdbc.queryForObject(
                        "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, id))) {
                    // The outage kept the job from even recording its failure: the crash runbook applies.
                    assertThat(cli.run("recover", String.valueOf(id)).exitCode()).isZero();
                }
                Cli.Result rerun = cli.run("run", "--input", INPUT, "--date", DATE);
                assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(ExitCodes.COMPLETED);
            }
        }
        assertThat(ReportingSnapshot.of(database.jdbc())).isEqualTo(ReportingSnapshot.of(uninterrupted.jdbc()));
    }
}
