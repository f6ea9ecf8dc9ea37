package dev.mirsad.lab.evaluation;

import dev.mirsad.database.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, uniquely named database that an evaluation runs the job into, dropped when closed: on the
 * configured server when there is one (named after the configured database, so it keeps its prefix),
 * else on the embedded MariaDB under the data folder.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** jdbc:mysql://host:port/database?options: the database part is replaced by the scratch name. */
    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(?:/([^?;]*))?(.*)$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final EmbeddedMariaDb embedded;
    private final String serverUrl;
    private final String url;
    private final String name;
    private final String username;
    private final String password;

    private ScratchDatabase(EmbeddedMariaDb embedded, String serverUrl, String url, String name,
                            String username, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.url = url;
        this.name = name;
        this.username = username;
        this.password = password;
    }

    /** @param properties the Spring properties given to the command line (they win over the environment) */
    public static ScratchDatabase create(Map<String, String> properties) {
        String configured = setting(properties, "spring.datasource.url", "SPRING_DATASOURCE_URL");
        if (configured != null) {
            Matcher url = URL.matcher(configured);
            if (!url.matches()) {
                throw new IllegalArgumentException("Cannot tell the server from the database URL " + configured);
            }
            String base = url.group(2) == null || url.group(2).isBlank() ? "mirsad" : url.group(2);
            String name = base + "_eval_" + uniqueSuffix();
            ScratchDatabase scratch = new ScratchDatabase(null, url.group(1) + "/" + url.group(3),
                    url.group(1) + "/" + name + url.group(3), name,
                    setting(properties, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME"),
                    setting(properties, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD"));
            scratch.execute("CREATE DATABASE " + quoted(name) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return scratch;
        }
        String dataDir = setting(properties, "mirsad.data-dir", "MIRSAD_DATA_DIR");
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of(dataDir == null ? "data" : dataDir, "mariadb"));
        String name = "mirsad_eval_" + uniqueSuffix();
        String url = embedded.createDatabase(name);
        return new ScratchDatabase(embedded, url.substring(0, url.lastIndexOf('/') + 1), url, name, "root", "");
    }

    /** The Spring properties that point the job at this database. */
    public Map<String, String> properties() {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username == null ? "" : username,
                "spring.datasource.password", password == null ? "" : password);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            execute("DROP DATABASE IF EXISTS " + quoted(name));
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    // The name comes from the configured URL, which may hold a hyphen or other characters SQL does not allow bare.
    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the database server: " + sql, e);
        }
    }

    private static String uniqueSuffix() {
        return LocalDateTime.now().format(STAMP) + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    }

    private static String setting(Map<String, String> properties, String property, String environment) {
        String value = properties.getOrDefault(property, System.getProperty(property, System.getenv(environment)));
        return value == null || value.isBlank() ? null : value;
    }
}
