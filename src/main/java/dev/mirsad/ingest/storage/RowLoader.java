package dev.mirsad.ingest.storage;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;

/**
 * Appends rows to a table in the caller's transaction. Where the server allows it, the rows go as
 * one LOAD DATA LOCAL INFILE fed from memory: the client only escapes text and the server parses no
 * SQL per row, which costs both sides much less CPU than a rewritten multi-row INSERT. Elsewhere
 * (MySQL 8 ships with local_infile OFF) it is a batched INSERT with the same values.
 *
 * <p>The driver offers LOAD DATA LOCAL only when allowLoadLocalInfile or allowLoadLocalInfileInPath
 * is set on the connection; application.properties sets the latter to /dev/null, under which no file
 * exists. allowLoadLocalInfile, which would let a server read any file, is on for just the one
 * statement, with the in-memory stream set, which the driver sends whatever file the server names.
 */
@Component
public class RowLoader {

    private static final Logger log = LoggerFactory.getLogger(RowLoader.class);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final JdbcTemplate jdbc;
    private volatile Boolean localInfile;

    public RowLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rows one value per column, each null, a String, an Integer, a Long, a BigDecimal, a LocalDate
     *             or a LocalDateTime
     */
    public void append(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (serverAllowsLocalInfile()) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                load(connection, table, columns, rows);
                return null;
            });
        } else {
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
            });
        }
    }

    private boolean serverAllowsLocalInfile() {
        if (localInfile == null) {
            localInfile = Boolean.TRUE.equals(jdbc.queryForObject("SELECT @@local_infile = 1", Boolean.class));
            if (!localInfile) {
                log.info("The database server has local_infile OFF: articles and facts are written with batched"
                        + " INSERTs, which costs more CPU (SET GLOBAL local_infile = ON to load them in bulk).");
            }
        }
        return localInfile;
    }

    private static void load(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        JdbcConnection driverConnection = connection.unwrap(JdbcConnection.class);
        RuntimeProperty<Boolean> allowLocalInfile =
                driverConnection.getPropertySet().getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        try (Statement statement = connection.createStatement()) {
            JdbcStatement driverStatement = statement.unwrap(JdbcStatement.class);
            driverStatement.setLocalInfileInputStream(new ByteArrayInputStream(tabSeparated(rows)));
            allowLocalInfile.setValue(true);
            try {
                statement.execute("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                        + " (" + String.join(", ", columns) + ")");
            } finally {
                allowLocalInfile.setValue(false);
                driverStatement.setLocalInfileInputStream(null);
            }
        }
    }

    /** LOAD DATA's default format: tab between fields, newline after rows, backslash escapes, \N for null. */
    static byte[] tabSeparated(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(text, s);
        } else if (value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else if (value instanceof BigDecimal n) {
            text.append(n.toPlainString());
        } else if (value instanceof LocalDate d) {
            text.append(d);
        } else if (value instanceof LocalDateTime t) {
            text.append(t.format(DATE_TIME));
        } else {
            throw new IllegalArgumentException("no LOAD DATA form for " + value.getClass());
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(c);
            }
        }
    }
}
