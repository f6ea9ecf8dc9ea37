package dev.mirsad.cli;

import dev.mirsad.operations.IngestLock;
import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While another process holds the ingest lock (here: a connection of this test, as a second JVM's
 * would), run, restart and recover are refused with exit code 6; once it is released, they work.
 */
class OverlapTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();

    @Test
    void everyRunIsRefusedWhileAnotherProcessHoldsTheIngestLock() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        assertThat(cli.run("status").exitCode()).isZero();
        JdbcTemplate jdbc = database.jdbc();
        DataSource dataSource = jdbc.getDataSource();

        try (Connection otherProcess = dataSource.getConnection()) {
            assertThat(lock(otherProcess)).isTrue();
            Cli.Result refused = cli.run("run", "--input", INPUT, "--date", "2026-05-01");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(refused.err()).contains("Another Mirsad process holds the ingest lock");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class))
                    .as("nothing started").isZero();
        }

        Cli.Result ran = cli.run("run", "--input", INPUT, "--date", "2026-05-01");
        assertThat(ran.exitCode()).as(ran.toString()).isEqualTo(ExitCodes.COMPLETED);
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        // As if that night were still running in another process: marked STARTED, and the lock held.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?", id);
        try (Connection otherProcess = dataSource.getConnection()) {
            assertThat(lock(otherProcess)).isTrue();
            Cli.Result another = cli.run("run", "--input", INPUT, "--date", "2026-05-02");
            assertThat(another.exitCode()).as(another.toString()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(another.err()).contains("Execution " + id + " (night of 2026-05-01) is STARTED")
                    .contains("in another Mirsad process");
            Cli.Result recover = cli.run("recover", String.valueOf(id));
            assertThat(recover.exitCode()).as("a live run is not a crash: " + recover)
                    .isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(cli.run("restart", String.valueOf(id)).exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        // The holder is gone (it died): the row is a leftover, which recover may now mark failed.
        Cli.Result recover = cli.run("recover", String.valueOf(id));
        assertThat(recover.exitCode()).as(recover.toString()).isZero();
    }

    @Test
    void aNightOfAnotherDatabaseOnTheSameServerDoesNotBlock() throws Exception {
        TestDatabase other = TestDatabase.fresh();
        Cli cli = new Cli(TestDatabase.fresh());

        try (Connection otherInstallation = other.jdbc().getDataSource().getConnection()) {
            assertThat(lock(otherInstallation)).isTrue();
            Cli.Result ran = cli.run("run", "--input", INPUT, "--date", "2026-05-01");
            assertThat(ran.exitCode()).as(ran.toString()).isEqualTo(ExitCodes.COMPLETED);
        }
    }

    /** Takes the ingest lock on this connection, as a running night's process holds it. */
    static boolean lock(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(IngestLock.ACQUIRE_SQL)) {
            result.next();
            return result.getInt(1) == 1;
        }
    }
}
