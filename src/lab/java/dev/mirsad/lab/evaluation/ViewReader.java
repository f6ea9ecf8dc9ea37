package dev.mirsad.lab.evaluation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reporting views with the queries score.py uses, so both score the same rows. */
public final class ViewReader {

    private final JdbcTemplate jdbc;

    public ViewReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Predictions read() {
        Map<String, String> articles = new LinkedHashMap<>();
        jdbc.query("SELECT article_id, file_name FROM v_article",
                (RowCallbackHandler) rs -> articles.putIfAbsent(Scorer.baseName(rs.getString(2)), rs.getString(1)));
        return new Predictions(articles,
                byArticle("SELECT DISTINCT article_id, entity_id, entity_type, entity_subtype, canonical_name, country_code FROM v_mention",
                        (rs, n) -> new Predictions.Mention(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))),
                byArticle("SELECT article_id, entity_id, title FROM v_person_title",
                        (rs, n) -> new Predictions.Title(rs.getString(2), rs.getString(3))),
                byArticle("SELECT article_id, timex_value, surface FROM v_time_expression",
                        (rs, n) -> new Predictions.Date(rs.getString(2), rs.getString(3))),
                byArticle("SELECT article_id, value, unit, surface FROM v_amount",
                        (rs, n) -> new Predictions.Amount(rs.getString(2), rs.getString(3), rs.getString(4))),
                byArticle("SELECT article_id, speaker_entity_id, speaker_name, quote_text FROM v_quotation",
                        (rs, n) -> new Predictions.Quote(rs.getString(2), rs.getString(3), rs.getString(4))),
                jdbc.query("SELECT e.article_id, e.event_id, e.event_type, e.timex_value, p.canonical_name, p.country_code, p.entity_type, "
                                + "(SELECT m.entity_subtype FROM v_mention m WHERE m.entity_id = p.entity_id LIMIT 1) "
                                + "FROM v_event e LEFT JOIN v_event_participant p ON p.event_id = e.event_id",
                        (rs, n) -> new Predictions.EventParticipant(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))));
    }

    private <T> Map<String, List<T>> byArticle(String sql, RowMapper<T> row) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs ->
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.mapRow(rs, rs.getRow())));
        return out;
    }
}
