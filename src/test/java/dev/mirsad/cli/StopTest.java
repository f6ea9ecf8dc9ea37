package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mirsad stop} from another command ends a running night STOPPED at a chunk boundary; a rerun finishes it. */
class StopTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();

    @Test
    void aStoppedNightEndsStoppedAndARerunCompletesItWithNothingLostOrDoubled() throws Exception {
        TestDatabase uninterrupted = TestDatabase.fresh();
        assertThat(new Cli(uninterrupted).run("run", "--input", INPUT, "--date", "2026-04-01").exitCode()).isZero();

        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database).with("mirsad.chunk-size", "1");
        assertThat(cli.run("status").exitCode()).isZero();
        JdbcTemplate jdbc = database.jdbc();
        // Slow every article down so the night is still running when it is told to stop.
        jdbc.execute("CREATE TRIGGER slow_article BEFORE INSERT ON article FOR EACH ROW SET @pause = SLEEP(0.3)");

        CompletableFuture<Cli.Result> night = CompletableFuture.supplyAsync(
                () -> cli.run("run", "--input", INPUT, "--date", "2026-04-01"));
        long id = awaitRunningExecution(jdbc);
        Cli.Result stop = cli.run("stop", String.valueOf(id));
        assertThat(stop.exitCode()).as(stop.toString()).isZero();

        Cli.Result stopped = night.get(2, TimeUnit.MINUTES);
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCodes.STOPPED);
        assertThat(stopped.out()).contains("STOPPED").contains("not done yet");

        jdbc.execute("DROP TRIGGER slow_article");
        Cli.Result resumed = cli.run("run", "--input", INPUT, "--date", "2026-04-01");
        assertThat(resumed.exitCode()).as(resumed.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.out()).contains("Restarted the night of 2026-04-01");
        assertThat(ReportingSnapshot.of(jdbc)).isEqualTo(ReportingSnapshot.of(uninterrupted.jdbc()));
    }

    private static long awaitRunningExecution(JdbcTemplate jdbc) throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            Long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION"
                    + " WHERE STATUS = 'STARTED'", Long.class);
            Long imported = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
            if (id != null && imported > 0) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the night never started importing");
    }
}
