package dev.mirsad.operations;

import dev.mirsad.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells a lost database from other failures, and waits for it to answer again: a server restart
 * takes seconds to a minute, and a night that waits for it costs less than one that fails.
 */
@Component
public class DatabaseOutages {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final int VALIDATION_SECONDS = 5;

    private final DataSourceProperties dataSource;
    private final Duration window;

    public DatabaseOutages(DataSourceProperties dataSource, IngestProperties properties) {
        this.dataSource = dataSource;
        this.window = properties.databaseWait();
    }

    /** How long a night waits for a lost database before it ends FAILED. */
    public Duration window() {
        return window;
    }

    public DatabaseAddress address() {
        return DatabaseAddress.of(dataSource.determineUrl());
    }

    /**
     * Whether an execution that did not complete ended because its connections to the database broke.
     * UNKNOWN counts: Spring Batch ends a step so only when a commit or rollback failed, and when the
     * rollback fails its exception replaces the one that said the connection broke.
     */
    public boolean lostTheDatabase(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        return status == BatchStatus.UNKNOWN || status != BatchStatus.COMPLETED && status != BatchStatus.STOPPED
                && execution.getAllFailureExceptions().stream().anyMatch(DatabaseOutages::isConnectionLoss);
    }

    /** Whether the failure, or one of its causes, is a connection that broke or could not be opened. */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AmqpException) {
                return false; // the broker's connection, not the database's
            }
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** @return the root cause's message, to name what the driver saw (connection refused, timed out) */
    public static String causeOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Tries a connection of its own (the pool would wait its full timeout at each try), pausing
     * longer after each refusal.
     *
     * @return whether the database answered before the deadline
     */
    public boolean awaitReachable(Instant deadline) throws InterruptedException {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword())) {
                if (connection.isValid(VALIDATION_SECONDS)) {
                    return true;
                }
            } catch (SQLException refused) {
                log.debug("the database does not answer yet: {}", refused.getMessage());
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return false;
            }
            Thread.sleep(Math.min(pause.toMillis(), left.toMillis()));
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
