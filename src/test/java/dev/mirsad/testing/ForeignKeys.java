package dev.mirsad.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows whose foreign key points at no row. The fact writer loads with the server's checks off, and
 * the views join facts to their articles and entities, so such a row would only vanish from them: this
 * looks for it in the tables, under every foreign key the schema declares.
 */
public final class ForeignKeys {

    private ForeignKeys() {
    }

    /** One line per foreign key with orphans: table.column -> parent, and how many rows. */
    public static List<String> orphans(JdbcTemplate jdbc) {
        List<Map<String, Object>> keys = jdbc.queryForList("""
                SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
                FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL""");
        if (keys.size() < 10) {
            throw new IllegalStateException("expected the schema's foreign keys, found " + keys);
        }
        List<String> orphans = new ArrayList<>();
        for (Map<String, Object> key : keys) {
            String table = (String) key.get("TABLE_NAME");
            String column = (String) key.get("COLUMN_NAME");
            String parent = (String) key.get("REFERENCED_TABLE_NAME");
            String parentColumn = (String) key.get("REFERENCED_COLUMN_NAME");
            long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " c LEFT JOIN " + parent + " p ON p."
                    + parentColumn + " = c." + column + " WHERE c." + column + " IS NOT NULL AND p." + parentColumn
                    + " IS NULL", Long.class);
            if (count > 0) {
                orphans.add(table + "." + column + " -> " + parent + ": " + count + " rows");
            }
        }
        return orphans;
    }
}
