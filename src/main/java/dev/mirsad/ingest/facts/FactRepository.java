package dev.mirsad.ingest.facts;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.extract.EntityRef;
import dev.mirsad.extract.Event;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.facts.EntityRepository.EntityKey;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The facts of articles, each with its offsets and the extractor version that found it. */
@Repository
public class FactRepository {

    /** Fact tables keyed by article, children before parents. */
    private static final List<String> FACT_TABLES = List.of(
            "mention", "person_title", "time_expression", "amount", "quotation", "event", "cited_medium");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public FactRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Removes every fact of these articles (event participants go with their events). */
    public void deleteFor(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Map<String, Object> ids = Map.of("ids", articleIds);
        FACT_TABLES.forEach(table -> named.update("DELETE FROM " + table + " WHERE article_id IN (:ids)", ids));
    }

    /**
     * Writes the facts of a chunk of articles, one batched statement per table (with
     * rewriteBatchedStatements, one multi-row INSERT), not one round trip per article or fact. The
     * caller has deleted the old facts in the same transaction.
     */
    public void insert(List<? extends ExtractedArticle> articles, Map<EntityKey, Long> entityIds) {
        String version = FactExtractor.VERSION;
        batch("""
                INSERT INTO mention (article_id, entity_id, canonical_name, surface, start_offset, end_offset,
                    extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)""", of(articles, ArticleFacts::mentions),
                (ps, id, m) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, entityIds.get(EntityKey.of(m.entity())));
                    ps.setString(3, EntityRepository.truncate(m.entity().canonicalName()));
                    ps.setString(4, EntityRepository.truncate(m.surface()));
                    ps.setInt(5, m.start());
                    ps.setInt(6, m.end());
                    ps.setString(7, version);
                });
        batch("""
                INSERT INTO person_title (article_id, entity_id, person_name, title, affiliation_country,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                of(articles, ArticleFacts::titles), (ps, id, t) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, entityIds.get(EntityKey.of(t.person())));
                    ps.setString(3, EntityRepository.truncate(t.person().canonicalName()));
                    ps.setString(4, t.title());
                    ps.setString(5, t.affiliationCountry());
                    ps.setInt(6, t.start());
                    ps.setInt(7, t.end());
                    ps.setString(8, version);
                });
        batch("""
                INSERT INTO time_expression (article_id, surface, timex_value, timex_mod, resolved_on,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                of(articles, ArticleFacts::times), (ps, id, t) -> {
                    ps.setLong(1, id);
                    ps.setString(2, EntityRepository.truncate(t.surface()));
                    ps.setString(3, t.value());
                    ps.setString(4, t.mod());
                    ps.setDate(5, t.resolvedOn() == null ? null : Date.valueOf(t.resolvedOn()));
                    ps.setInt(6, t.start());
                    ps.setInt(7, t.end());
                    ps.setString(8, version);
                });
        batch("""
                INSERT INTO amount (article_id, surface, value, unit, start_offset, end_offset, extractor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", of(articles, ArticleFacts::amounts), (ps, id, a) -> {
            ps.setLong(1, id);
            ps.setString(2, EntityRepository.truncate(a.surface()));
            ps.setBigDecimal(3, a.value());
            ps.setString(4, EntityRepository.truncate(a.unit()));
            ps.setInt(5, a.start());
            ps.setInt(6, a.end());
            ps.setString(7, version);
        });
        batch("""
                INSERT INTO quotation (article_id, speaker_entity_id, speaker_name, cue, quote_text,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                of(articles, ArticleFacts::quotations), (ps, id, q) -> {
                    ps.setLong(1, id);
                    ps.setObject(2, q.speaker() == null ? null : entityIds.get(EntityKey.of(q.speaker())));
                    ps.setString(3, EntityRepository.truncate(q.speakerName()));
                    ps.setString(4, q.cue() == null || q.cue().length() <= 64 ? q.cue() : q.cue().substring(0, 64));
                    ps.setString(5, q.text());
                    ps.setInt(6, q.start());
                    ps.setInt(7, q.end());
                    ps.setString(8, version);
                });
        insertEvents(of(articles, ArticleFacts::events), entityIds);
        batch("""
                INSERT INTO cited_medium (article_id, entity_id, start_offset, end_offset, extractor_version)
                VALUES (?, ?, ?, ?, ?)""", of(articles, ArticleFacts::citedMedia), (ps, id, c) -> {
            ps.setLong(1, id);
            ps.setLong(2, entityIds.get(EntityKey.of(c.outlet())));
            ps.setInt(3, c.start());
            ps.setInt(4, c.end());
            ps.setString(5, version);
        });
    }

    /** The events of a chunk in one batch; their generated ids key the participants' batch. */
    private void insertEvents(List<Row<Event>> events, Map<EntityKey, Long> entityIds) {
        if (events.isEmpty()) {
            return;
        }
        List<Long> eventIds = jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO event (article_id, event_type, cameo_code, trigger_text, timex_value, event_on,
                        location_entity_id, start_offset, end_offset, extractor_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                for (Row<Event> row : events) {
                    Event event = row.fact();
                    ps.setLong(1, row.articleId());
                    ps.setString(2, event.type());
                    ps.setString(3, event.cameoCode());
                    ps.setString(4, EntityRepository.truncate(event.trigger()));
                    ps.setString(5, event.timexValue());
                    ps.setDate(6, event.eventOn() == null ? null : Date.valueOf(event.eventOn()));
                    ps.setObject(7, event.location() == null ? null : entityIds.get(EntityKey.of(event.location())));
                    ps.setInt(8, event.start());
                    ps.setInt(9, event.end());
                    ps.setString(10, FactExtractor.VERSION);
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>(events.size());
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                return ids;
            }
        });
        if (eventIds == null || eventIds.size() != events.size()) {
            throw new IllegalStateException("expected " + events.size() + " generated event ids, got "
                    + (eventIds == null ? 0 : eventIds.size()));
        }
        List<long[]> participants = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Set<Long> entities = new LinkedHashSet<>();
            events.get(i).fact().participants().forEach(p -> entities.add(entityIds.get(EntityKey.of(p))));
            for (long entityId : entities) {
                participants.add(new long[] {eventIds.get(i), entityId});
            }
        }
        jdbc.batchUpdate("INSERT INTO event_participant (event_id, entity_id) VALUES (?, ?)",
                participants, participants.size(), (ps, pair) -> {
                    ps.setLong(1, pair[0]);
                    ps.setLong(2, pair[1]);
                });
    }

    /** One fact of one article. */
    private record Row<T>(long articleId, T fact) {
    }

    @FunctionalInterface
    private interface RowSetter<T> {
        void set(PreparedStatement ps, long articleId, T fact) throws SQLException;
    }

    private static <T> List<Row<T>> of(List<? extends ExtractedArticle> articles, Function<ArticleFacts, List<T>> facts) {
        List<Row<T>> rows = new ArrayList<>();
        for (ExtractedArticle article : articles) {
            facts.apply(article.facts()).forEach(fact -> rows.add(new Row<>(article.articleId(), fact)));
        }
        return rows;
    }

    private <T> void batch(String sql, List<Row<T>> rows, RowSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> setter.set(ps, row.articleId(), row.fact()));
        }
    }

    /** Every entity a set of facts refers to. */
    public static List<EntityRef> entitiesOf(ArticleFacts facts) {
        List<EntityRef> refs = new ArrayList<>();
        facts.mentions().forEach(m -> refs.add(m.entity()));
        facts.titles().forEach(t -> refs.add(t.person()));
        facts.quotations().stream().filter(q -> q.speaker() != null).forEach(q -> refs.add(q.speaker()));
        facts.events().forEach(e -> {
            if (e.location() != null) {
                refs.add(e.location());
            }
            refs.addAll(e.participants());
        });
        facts.citedMedia().forEach(c -> refs.add(c.outlet()));
        return refs;
    }
}
