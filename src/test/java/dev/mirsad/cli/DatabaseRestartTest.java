package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.StoppableMariaDb;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database server is stopped in the middle of a night's import and started again: within the
 * wait the night rides it out; past the wait it ends FAILED (exit 5) in one line that names the
 * execution and the server, and the next run completes it. Either way the views equal an
 * uninterrupted night's.
 */
class DatabaseRestartTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();
    private static final String DATE = "2026-08-02";
    private static Map<String, List<String>> uninterrupted;

    @BeforeAll
    static void runUninterrupted() {
        TestDatabase database = TestDatabase.fresh();
        assertThat(new Cli(database).run("run", "--input", INPUT, "--date", DATE).exitCode()).isZero();
        uninterrupted = ReportingSnapshot.of(database.jdbc());
    }

    @Test
    void aServerRestartWithinTheWaitIsRiddenOut(@TempDir Path data) throws Exception {
        try (StoppableMariaDb server = StoppableMariaDb.start(data)) {
            Cli cli = cli(server, "60s");
            CompletableFuture<Cli.Result> night = startSlowNight(cli, server);
            server.stop();
            Thread.sleep(5000);
            server.startAgain();
            Cli.Result result = night.get(5, TimeUnit.MINUTES);
            System.out.println("DatabaseRestartTest: the night through a restart: " + result);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.COMPLETED);
            jdbc(server).execute("DROP TRIGGER slow_article");
            assertThat(ReportingSnapshot.of(jdbc(server))).isEqualTo(uninterrupted);
        }
    }

    @Test
    void anOutageLongerThanTheWaitFailsTheNightInOneLineAndTheNextRunCompletesIt(@TempDir Path data)
            throws Exception {
        try (StoppableMariaDb server = StoppableMariaDb.start(data)) {
            Cli cli = cli(server, "3s");
            CompletableFuture<Cli.Result> night = startSlowNight(cli, server);
            server.stop();
            Cli.Result failed = night.get(5, TimeUnit.MINUTES);
            System.out.println("DatabaseRestartTest: the night past the wait: " + failed);
            server.startAgain();

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
            String port = server.url().replaceAll(".*:(\\d+)/.*", "$1");
            assertThat(failed.err().lines().filter(line -> line.startsWith("mirsad: ")).toList()).singleElement()
                    .satisfies(line -> assertThat(line).containsPattern("execution \\d+ ended FAILED")
                            .contains("127.0.0.1:" + port).contains("database mirsad")
                            .contains("mirsad run --date " + DATE));

            jdbc(server).execute("DROP TRIGGER slow_article");
            Cli.Result next = cli.run("run", "--input", INPUT, "--date", DATE);
            assertThat(next.exitCode()).as(next.toString()).isEqualTo(ExitCodes.COMPLETED);
            assertThat(ReportingSnapshot.of(jdbc(server))).isEqualTo(uninterrupted);
        }
    }

    private static Cli cli(StoppableMariaDb server, String wait) {
        return new Cli(Map.of("spring.datasource.url", server.url(), "spring.datasource.username", "root",
                "spring.datasource.password", "")).with("mirsad.chunk-size", "1").with("mirsad.database-wait", wait)
                // A short pool wait, so each call during the outage gives up quickly and the night's own wait decides.
                .with("spring.datasource.hikari.connection-timeout", "2000");
    }

    /** Starts a night slowed down (0.2 s an article) and returns once three articles are in. */
    private static CompletableFuture<Cli.Result> startSlowNight(Cli cli, StoppableMariaDb server) throws Exception {
        assertThat(cli.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate jdbc = jdbc(server);
        jdbc.execute("CREATE TRIGGER slow_article BEFORE INSERT ON article FOR EACH ROW SET @pause = SLEEP(0.2)");
        CompletableFuture<Cli.Result> night = CompletableFuture.supplyAsync(
                () -> cli.run("run", "--input", INPUT, "--date", DATE));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class) < 3) {
            assertThat(night).as("the night is still going").isNotDone();
            Thread.sleep(50);
        }
        return night;
    }

    private static JdbcTemplate jdbc(StoppableMariaDb server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.url(), "root", ""));
    }
}
