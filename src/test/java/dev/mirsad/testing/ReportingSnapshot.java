package dev.mirsad.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable content of every reporting view: generated ids, timestamps and execution ids are
 * replaced by what they stand for (file names, entity names), so two databases that ran the same
 * input compare equal row for row, duplicates included.
 */
public final class ReportingSnapshot {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("v_article", """
                SELECT file_name, source_uri, content_sha256, title, language, language_confidence, published_on,
                       outlet, word_count FROM v_article""");
        QUERIES.put("v_article_source", """
                SELECT s.file_name, s.source_uri, a.content_sha256
                FROM v_article_source s JOIN v_article a USING (article_id)""");
        QUERIES.put("v_mention", """
                SELECT a.file_name, m.entity_type, m.entity_subtype, m.canonical_name, m.country_code, m.surface,
                       m.start_offset, m.end_offset FROM v_mention m JOIN v_article a USING (article_id)""");
        QUERIES.put("v_person_title", """
                SELECT a.file_name, t.person_name, t.title, t.affiliation_country
                FROM v_person_title t JOIN v_article a USING (article_id)""");
        QUERIES.put("v_time_expression", """
                SELECT a.file_name, t.surface, t.timex_value, t.timex_mod, t.resolved_on
                FROM v_time_expression t JOIN v_article a USING (article_id)""");
        QUERIES.put("v_amount", """
                SELECT a.file_name, x.surface, x.value, x.unit FROM v_amount x JOIN v_article a USING (article_id)""");
        QUERIES.put("v_quotation", """
                SELECT a.file_name, q.speaker_name, q.cue, q.quote_text
                FROM v_quotation q JOIN v_article a USING (article_id)""");
        QUERIES.put("v_event", """
                SELECT a.file_name, e.event_type, e.timex_value, e.event_on, e.location_name, e.`trigger`
                FROM v_event e JOIN v_article a USING (article_id)""");
        QUERIES.put("v_event_participant", """
                SELECT a.file_name, e.event_type, e.`trigger`, p.entity_type, p.canonical_name, p.country_code
                FROM v_event_participant p JOIN v_event e USING (event_id) JOIN v_article a USING (article_id)""");
        QUERIES.put("v_rejected_document", "SELECT source_uri, content_sha256, reason, message FROM v_rejected_document");
    }

    private ReportingSnapshot() {
    }

    /** Every view's rows as sorted lines. */
    public static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        QUERIES.forEach((view, sql) -> snapshot.put(view, lines(jdbc, sql)));
        return snapshot;
    }

    /** Rows of every table, for proving that a run changed nothing at all. */
    public static Map<String, List<String>> tables(JdbcTemplate jdbc) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        for (String table : List.of("article", "article_source", "entity", "mention", "person_title", "time_expression", "amount",
                "quotation", "event", "event_participant", "cited_medium", "rejected_document")) {
            snapshot.put(table, lines(jdbc, "SELECT * FROM " + table));
        }
        return snapshot;
    }

    private static List<String> lines(JdbcTemplate jdbc, String sql) {
        return jdbc.query(sql, (rs, n) -> {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                line.append(column == 1 ? "" : " | ").append(rs.getString(column));
            }
            return line.toString();
        }).stream().sorted().toList();
    }
}
