package dev.mirsad.operations;

import java.net.URI;

/**
 * Where the database is, as an operator reads it in a message: host, port and database name from a
 * JDBC URL such as {@code jdbc:mysql://db:3306/mirsad?createDatabaseIfNotExist=true}.
 */
public record DatabaseAddress(String host, int port, String database) {

    private static final int MYSQL_PORT = 3306;

    public static DatabaseAddress of(String jdbcUrl) {
        String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
        try {
            URI uri = URI.create(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new DatabaseAddress(uri.getHost() == null ? "?" : uri.getHost(),
                    uri.getPort() < 0 ? MYSQL_PORT : uri.getPort(), path.startsWith("/") ? path.substring(1) : path);
        } catch (IllegalArgumentException notAUri) {
            return new DatabaseAddress("?", MYSQL_PORT, "?");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port + " (database " + (database.isEmpty() ? "not named" : database) + ")";
    }
}
