package dev.mirsad.ingest.storage;

import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LOAD DATA from memory writes exactly what the batched INSERT writes, and is not needed to write. */
class RowLoaderTest {

    private static final List<String> COLUMNS = List.of("id", "ref", "name", "body", "value", "day", "pos");

    /** Text LOAD DATA's format gives meaning to, and text beyond the Basic Multilingual Plane. */
    private static final List<String> TRICKY = List.of("", "plain", "tab\there", "line\nbreak", "cr\rlf\r\n",
            "back\\slash", "ends with \\", "\\N", "\\t not a tab", "NULL", "nul\0char", "ctrl-z\u001a",
            "quotes ' and \"", "قال الرئيس \"نعم\"", "emoji 😀 and 𝔸", "\\\\\t\\\n");

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void createTables() {
        // What application.properties sets for the job's pool: the driver offers LOCAL INFILE, reads no file.
        String url = TestDatabase.fresh().url() + "?allowLoadLocalInfileInPath=/dev/null&characterEncoding=UTF-8";
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, "root", "", true));
        for (String table : List.of("loaded", "inserted")) {
            jdbc.execute("CREATE TABLE " + table + """
                     (id BIGINT PRIMARY KEY, ref BIGINT NULL, name VARCHAR(255) NULL, body TEXT NOT NULL,
                     value DECIMAL(30, 6) NULL, day DATE NULL, pos INT NOT NULL)
                     ENGINE = InnoDB DEFAULT CHARSET = utf8mb4""");
        }
    }

    @Test
    void loadsTheSameRowsAsTheBatchedInsert() {
        List<Object[]> rows = new ArrayList<>();
        long id = 0;
        for (String text : TRICKY) {
            rows.add(new Object[] {++id, id * 1000, text, text, new BigDecimal("-1234.5"), LocalDate.of(2026, 2, 28),
                    Integer.MAX_VALUE});
            rows.add(new Object[] {++id, null, null, text, null, null, -1});
        }
        rows.add(new Object[] {++id, Long.MAX_VALUE, "x", "y", new BigDecimal("1E+12"), LocalDate.of(1, 1, 1), 0});
        rows.add(new Object[] {++id, 1L, "x", "y", new BigDecimal("0.000001"), LocalDate.of(9999, 12, 31), 0});

        long loadsBefore = loadStatements();
        new RowLoader(jdbc).append("loaded", COLUMNS, rows);
        assertThat(loadStatements()).isEqualTo(loadsBefore + 1);
        withLocalInfile(false, () -> new RowLoader(jdbc).append("inserted", COLUMNS, rows));
        assertThat(loadStatements()).isEqualTo(loadsBefore + 1);

        List<Map<String, Object>> loaded = jdbc.queryForList("SELECT * FROM loaded ORDER BY id");
        assertThat(loaded).hasSize(rows.size()).isEqualTo(jdbc.queryForList("SELECT * FROM inserted ORDER BY id"));
        assertThat(loaded).extracting(row -> row.get("body")).containsSubsequence(TRICKY);
        assertThat(loaded.get(1)).containsEntry("name", null).containsEntry("ref", null);
    }

    @Test
    void loadsInTheCallersTransaction() {
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(jdbc.getDataSource()));
        List<Object[]> row = List.<Object[]>of(new Object[] {-7L, null, "rolled back", "b", null, null, 1});
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            new RowLoader(jdbc).append("loaded", COLUMNS, row);
            throw new IllegalStateException("the chunk fails after its facts were loaded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loaded WHERE id = -7", Integer.class)).isZero();
    }

    private static long loadStatements() {
        return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_load'", (rs, n) -> rs.getLong(2));
    }

    /** Runs the action with the server's local_infile set so, then puts it back. */
    private static void withLocalInfile(boolean on, Runnable action) {
        boolean was = Boolean.TRUE.equals(jdbc.queryForObject("SELECT @@GLOBAL.local_infile = 1", Boolean.class));
        jdbc.execute("SET GLOBAL local_infile = " + (on ? 1 : 0));
        try {
            action.run();
        } finally {
            jdbc.execute("SET GLOBAL local_infile = " + (was ? 1 : 0));
        }
    }
}
