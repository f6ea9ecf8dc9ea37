package dev.mirsad.ingest.storage;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.Event;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The facts of articles, each with its offsets and the extractor version that found it. */
@Repository
public class FactRepository {

    /** Fact tables keyed by article, children before parents. */
    private static final List<String> FACT_TABLES = List.of(
            "mention", "person_title", "time_expression", "amount", "quotation", "event", "cited_medium");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowLoader rows;

    public FactRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, RowLoader rows) {
        this.jdbc = jdbc;
        this.named = named;
        this.rows = rows;
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
     * Writes the facts of a chunk of articles, one bulk statement per table (see {@link RowLoader}),
     * not one round trip per article or fact. The caller has deleted the old facts in the same
     * transaction.
     *
     * <p>The rows go in with the server's foreign-key checks off on this connection, as mysqldump loads
     * rows: every article id comes from the caller's upsert in the same transaction, every entity id
     * from a committed entity row, and Mirsad deletes no entity, so a check could only fail on a bug in
     * this class, while it costs the server a look-up in each parent table for every row (at 100,000
     * articles, 5.3 million rows: a sixth of the server's CPU). The constraints stay declared, and the
     * tests look for orphan rows after every kind of night.
     */
    public void insert(List<? extends ExtractedArticle> articles, Map<EntityRef, Long> entityIds) {
        jdbc.execute("SET foreign_key_checks = 0");
        try {
            insertRows(articles, entityIds);
        } finally {
            jdbc.execute("SET foreign_key_checks = 1");
        }
    }

    private void insertRows(List<? extends ExtractedArticle> articles, Map<EntityRef, Long> entityIds) {
        rows.append("mention", List.of("article_id", "entity_id", "canonical_name", "surface", "start_offset",
                "end_offset", "extractor_version"), of(articles, ArticleFacts::mentions, (a, m) -> new Object[] {
                a.articleId(), entityIds.get(m.entity()), EntityRepository.truncate(m.entity().canonicalName()),
                EntityRepository.truncate(m.surface()), m.start(), m.end(), a.extractorVersion()}));
        rows.append("person_title", List.of("article_id", "entity_id", "person_name", "title", "affiliation_country",
                "start_offset", "end_offset", "extractor_version"), of(articles, ArticleFacts::titles,
                (a, t) -> new Object[] {a.articleId(), entityIds.get(t.person()),
                        EntityRepository.truncate(t.person().canonicalName()), t.title(), t.affiliationCountry(),
                        t.start(), t.end(), a.extractorVersion()}));
        rows.append("time_expression", List.of("article_id", "surface", "timex_value", "timex_mod", "resolved_on",
                "start_offset", "end_offset", "extractor_version"), of(articles, ArticleFacts::times,
                (a, t) -> new Object[] {a.articleId(), EntityRepository.truncate(t.surface()), t.value(), t.mod(),
                        t.resolvedOn(), t.start(), t.end(), a.extractorVersion()}));
        rows.append("amount", List.of("article_id", "surface", "value", "unit", "start_offset", "end_offset",
                "extractor_version"), of(articles, ArticleFacts::amounts, (a, x) -> new Object[] {
                a.articleId(), EntityRepository.truncate(x.surface()), x.value(), EntityRepository.truncate(x.unit()),
                x.start(), x.end(), a.extractorVersion()}));
        rows.append("quotation", List.of("article_id", "speaker_entity_id", "speaker_name", "cue", "quote_text",
                "start_offset", "end_offset", "extractor_version"), of(articles, ArticleFacts::quotations,
                (a, q) -> new Object[] {a.articleId(), q.speaker() == null ? null : entityIds.get(q.speaker()),
                        EntityRepository.truncate(q.speakerName()),
                        q.cue() == null || q.cue().length() <= 64 ? q.cue() : q.cue().substring(0, 64), q.text(),
                        q.start(), q.end(), a.extractorVersion()}));
        insertEvents(of(articles, ArticleFacts::events, (a, e) -> new Row<>(a.articleId(), a.extractorVersion(), e)),
                entityIds);
        rows.append("cited_medium", List.of("article_id", "entity_id", "start_offset", "end_offset",
                "extractor_version"), of(articles, ArticleFacts::citedMedia, (a, c) -> new Object[] {
                a.articleId(), entityIds.get(c.outlet()), c.start(), c.end(), a.extractorVersion()}));
    }

    /** The events of a chunk in one batch; their generated ids key the participants' batch. */
    private void insertEvents(List<Row<Event>> events, Map<EntityRef, Long> entityIds) {
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
                    ps.setObject(7, event.location() == null ? null : entityIds.get(event.location()));
                    ps.setInt(8, event.start());
                    ps.setInt(9, event.end());
                    ps.setString(10, row.extractorVersion());
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
        List<Object[]> participants = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Set<Long> entities = new LinkedHashSet<>();
            events.get(i).fact().participants().forEach(p -> entities.add(entityIds.get(p)));
            for (long entityId : entities) {
                participants.add(new Object[] {eventIds.get(i), entityId});
            }
        }
        rows.append("event_participant", List.of("event_id", "entity_id"), participants);
    }

    /** One fact of one article. */
    private record Row<T>(long articleId, String extractorVersion, T fact) {
    }

    private static <T, R> List<R> of(List<? extends ExtractedArticle> articles,
                                     Function<ArticleFacts, List<T>> facts,
                                     BiFunction<ExtractedArticle, T, R> row) {
        List<R> rows = new ArrayList<>();
        for (ExtractedArticle article : articles) {
            facts.apply(article.facts()).forEach(fact -> rows.add(row.apply(article, fact)));
        }
        return rows;
    }
}
