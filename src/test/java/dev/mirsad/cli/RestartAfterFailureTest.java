package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.ForeignKeys;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.SampleInput;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night that fails at a known file and is restarted ends with the same reporting views as a
 * night that never failed: nothing lost, nothing doubled.
 */
class RestartAfterFailureTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();
    private static final String FAILING_FILE = "002_a20eb08bd7318729.txt";

    @Test
    void aRestartedNightEqualsAnUninterruptedOne() {
        TestDatabase uninterrupted = TestDatabase.fresh();
        Cli.Result clean = new Cli(uninterrupted).with("mirsad.chunk-size", "3")
                .run("run", "--input", INPUT, "--date", "2026-02-01");
        assertThat(clean.exitCode()).as(clean.toString()).isEqualTo(ExitCodes.COMPLETED);

        TestDatabase interrupted = TestDatabase.fresh();
        Cli cli = new Cli(interrupted).with("mirsad.chunk-size", "3");
        assertThat(cli.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate jdbc = interrupted.jdbc();
        // The database itself refuses one article, as a failing disk or constraint would.
        jdbc.execute("CREATE TRIGGER fail_on_known_file BEFORE INSERT ON article FOR EACH ROW BEGIN"
                + " IF NEW.file_name = '" + FAILING_FILE + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF; END");

        Cli.Result failed = cli.run("run", "--input", INPUT, "--date", "2026-02-01");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
        long committedBeforeFailure = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
        assertThat(committedBeforeFailure).as("chunks before the failing one stay committed").isPositive();
        long failedId = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM v_job_run", Long.class);
        assertThat(jdbc.queryForObject("SELECT status FROM v_job_run WHERE job_execution_id = ?", String.class, failedId))
                .isEqualTo("FAILED");

        jdbc.execute("DROP TRIGGER fail_on_known_file");
        Cli.Result restarted = cli.run("restart", String.valueOf(failedId));
        assertThat(restarted.exitCode()).as(restarted.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(jdbc.queryForObject("""
                SELECT s.READ_COUNT FROM BATCH_STEP_EXECUTION s
                WHERE s.JOB_EXECUTION_ID = (SELECT MAX(job_execution_id) FROM v_job_run) AND s.STEP_NAME = 'importStep'""",
                Long.class)).as("the restart resumes after the committed chunks").isLessThan(SampleInput.FILES - committedBeforeFailure + 3);

        assertThat(ReportingSnapshot.of(jdbc)).isEqualTo(ReportingSnapshot.of(uninterrupted.jdbc()));
        assertThat(ForeignKeys.orphans(jdbc)).isEmpty();
    }

    @Test
    void runningAFailedDateAgainRestartsIt() {
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database).with("mirsad.chunk-size", "3");
        JdbcTemplate jdbc = database.jdbc();
        failNight(cli, jdbc, "2026-02-02");

        Cli.Result again = cli.run("run", "--input", INPUT, "--date", "2026-02-02");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(again.out()).contains("Restarted the night of 2026-02-02");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class))
                .as("the same night, not a new one").isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article", Long.class)).isEqualTo(SampleInput.FILES);
    }

    @Test
    void anExecutionACrashLeftStartedIsMarkedFailedByTheNextRunThenResumedByARerunOfItsDate() {
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        JdbcTemplate jdbc = database.jdbc();
        long id = failNight(cli, jdbc, "2026-02-03");
        // What kill -9 leaves behind: the execution still marked as running.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?", id);

        Cli.Result next = cli.run("run", "--input", INPUT, "--date", "2026-02-04");
        assertThat(next.exitCode()).as(next.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(next.out()).contains("Execution " + id + " (night of 2026-02-03) was still marked STARTED")
                .contains("marked it FAILED").contains("mirsad run --date 2026-02-03");
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, id)).isEqualTo("FAILED");

        Cli.Result resumed = cli.run("run", "--input", INPUT, "--date", "2026-02-03");
        assertThat(resumed.exitCode()).as(resumed.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.out()).contains("Restarted the night of 2026-02-03");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article", Long.class)).isEqualTo(SampleInput.FILES);
    }

    @Test
    void aNightLeftUnknownIsResumedNotRunAsANewPass() {
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        JdbcTemplate jdbc = database.jdbc();
        long id = failNight(cli, jdbc, "2026-02-06");
        // What an outage during a commit leaves: Spring Batch no longer knows whether the chunk committed.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN' WHERE JOB_EXECUTION_ID = ?", id);
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN' WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME = 'importStep'", id);

        Cli.Result again = cli.run("run", "--input", INPUT, "--date", "2026-02-06");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(again.out()).contains("Restarted the night of 2026-02-06 (execution " + id + " had UNKNOWN)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class))
                .as("the same night, not a new pass").isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article", Long.class)).isEqualTo(SampleInput.FILES);
    }

    @Test
    void aFailedNightWhoseStepCouldNotRecordItsEndIsRestartedByARerun() {
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        JdbcTemplate jdbc = database.jdbc();
        long id = failNight(cli, jdbc, "2026-02-05");
        // What a database outage at the wrong moment leaves: the night FAILED, its import step still STARTED.
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'importStep'", id);

        Cli.Result again = cli.run("run", "--input", INPUT, "--date", "2026-02-05");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME = 'importStep'", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article", Long.class)).isEqualTo(SampleInput.FILES);
    }

    /**
     * Runs a night that fails at its import step's first chunk (every mention insert is refused), then
     * heals the database. Returns the failed execution's id.
     */
    private static long failNight(Cli cli, JdbcTemplate jdbc, String date) {
        assertThat(cli.run("status").exitCode()).as("creates the schema").isZero();
        jdbc.execute("CREATE TRIGGER fail_every_mention BEFORE INSERT ON mention FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'");
        assertThat(cli.run("run", "--input", INPUT, "--date", date).exitCode()).isEqualTo(ExitCodes.FAILED);
        jdbc.execute("DROP TRIGGER fail_every_mention");
        return jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
    }
}
