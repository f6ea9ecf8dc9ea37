package dev.mirsad.testing;

import dev.mirsad.database.EmbeddedMariaDb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB for the whole test run (it takes seconds to start), with a fresh database
 * per test. Stopped when the test JVM exits.
 */
public final class TestDatabase {

    /** Where the shared server's binaries and files live. */
    public static final Path SERVER_ROOT = Path.of("target", "test-mariadb");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedMariaDb server;

    private final String name;
    private final String url;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** A new, empty database on the shared server. */
    public static synchronized TestDatabase fresh() {
        if (server == null) {
            server = EmbeddedMariaDb.start(SERVER_ROOT);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-mariadb-stop"));
        }
        String name = "mirsad_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        return new TestDatabase(name, server.createDatabase(name));
    }

    /** The Spring properties that point the CLI at this database. */
    public Map<String, String> properties() {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", "root",
                "spring.datasource.password", "");
    }

    /** The JDBC URL without user or password, as an operator would configure it. */
    public String url() {
        return url;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
    }
}
