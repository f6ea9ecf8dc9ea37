package dev.mirsad.operations;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one-run-at-a-time guard across processes and machines: a MySQL/MariaDB named lock
 * ({@code GET_LOCK}) held on a dedicated connection for as long as a night runs. The server releases
 * it when that connection ends, so a process that dies (kill -9, power loss) never leaves it behind,
 * unlike a STARTED row in the job repository.
 *
 * <p>The lock is named after the database, because lock names are server-wide: two Mirsad
 * databases on one server (production and a scratch {@code eval}, say) must not block each other.
 * The connection is opened outside the pool so the job's threads keep every pooled connection.
 */
@Component
public class IngestLock {

    /** Lock names are at most 64 characters: the database name enters as its MD5. */
    public static final String ACQUIRE_SQL = "SELECT GET_LOCK(CONCAT('mirsad.ingest.', MD5(COALESCE(DATABASE(), ''))), 0)";

    private final DataSourceProperties dataSource;

    public IngestLock(DataSourceProperties dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, if no other connection holds it; close the result to release it. */
    public Optional<Held> tryAcquire() throws SQLException {
        return lockedConnection().map(connection -> new Held(this, connection));
    }

    private Optional<Connection> lockedConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                dataSource.determineUsername(), dataSource.determinePassword());
        try (PreparedStatement lock = connection.prepareStatement(ACQUIRE_SQL)) {
            try (ResultSet result = lock.executeQuery()) {
                if (result.next() && result.getInt(1) == 1) {
                    return Optional.of(connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** A held lock. Closing its connection releases it, as the server would if the process died. */
    public static final class Held implements AutoCloseable {

        private final IngestLock lock;
        private Connection connection;

        private Held(IngestLock lock, Connection connection) {
            this.lock = lock;
            this.connection = connection;
        }

        /**
         * Takes the lock again after the database lost its connection (a server restart drops every
         * lock with the connections).
         *
         * @return false if another process took it meanwhile
         */
        public boolean renew() throws SQLException {
            close();
            Optional<Connection> renewed = lock.lockedConnection();
            renewed.ifPresent(c -> connection = c);
            return renewed.isPresent();
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is gone, and the server released the lock with it.
            }
        }
    }
}
