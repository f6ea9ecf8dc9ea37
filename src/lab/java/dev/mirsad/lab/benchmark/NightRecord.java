package dev.mirsad.lab.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmarked night left in its database: Spring Batch's record of the job, of the import step and
 * of each partition (when it was created by the manager, started and ended by a worker), and the rows written.
 *
 * @param job the job execution, first to last step
 * @param importStep the import step: the whole import in one process, the manager's wait for its partitions
 *                   otherwise
 * @param importEnded when the import step ended: in a manager, when its poll of the database saw every
 *                    partition finished
 * @param partitions the partitions' step executions, none in one process
 */
record NightRecord(String status, Duration job, Duration importStep, LocalDateTime importEnded, long articles,
                   long rows, List<Partition> partitions) {

    /** One partition's step execution; every time comes from the same machine's clock. */
    record Partition(LocalDateTime created, LocalDateTime started, LocalDateTime ended, long read) {

        /** From the manager writing the partition to a worker starting it: the broker and a free worker. */
        Duration waited() {
            return Duration.between(created, started);
        }

        Duration ran() {
            return Duration.between(started, ended);
        }
    }

    static NightRecord read(Connection connection) throws SQLException {
        String status;
        Duration job;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT STATUS, START_TIME, END_TIME FROM BATCH_JOB_EXECUTION
                     ORDER BY JOB_EXECUTION_ID DESC LIMIT 1""")) {
            if (!row.next()) {
                throw new IllegalStateException("The benchmarked night left no job execution in its database");
            }
            status = row.getString(1);
            job = between(row, 2);
        }
        Duration importStep = null;
        LocalDateTime importEnded = null;
        List<Partition> partitions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT STEP_NAME, CREATE_TIME, START_TIME, END_TIME, READ_COUNT FROM BATCH_STEP_EXECUTION
                     WHERE STEP_NAME LIKE 'importStep%' ORDER BY STEP_EXECUTION_ID""")) {
            while (row.next()) {
                if (row.getString(1).equals("importStep")) {
                    importStep = between(row, 3);
                    importEnded = time(row, 4);
                } else {
                    partitions.add(new Partition(time(row, 2), time(row, 3), time(row, 4), row.getLong(5)));
                }
            }
        }
        if (importStep == null) {
            throw new IllegalStateException("The benchmarked night has no import step");
        }
        long rows = 0;
        for (String table : JobBenchmark.TABLES) {
            rows += count(connection, table);
        }
        return new NightRecord(status, job, importStep, importEnded, count(connection, "article"), rows,
                List.copyOf(partitions));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Duration between(ResultSet row, int startColumn) throws SQLException {
        return Duration.between(time(row, startColumn), time(row, startColumn + 1));
    }

    private static LocalDateTime time(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        if (time == null) {
            throw new IllegalStateException("A step of the benchmarked night has not ended (column " + column + ")");
        }
        return time;
    }
}
