package dev.mirsad.ingest.facts;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.extract.EntityRef;
import dev.mirsad.extract.Event;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.facts.EntityRepository.EntityKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Writes one article's facts; the caller has deleted the old ones in the same transaction. */
    public void insert(long articleId, ArticleFacts facts, Map<EntityKey, Long> entityIds) {
        String version = FactExtractor.VERSION;
        jdbc.batchUpdate("""
                INSERT INTO mention (article_id, entity_id, canonical_name, surface, start_offset, end_offset,
                    extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)""", facts.mentions(), facts.mentions().size(),
                (ps, m) -> {
                    ps.setLong(1, articleId);
                    ps.setLong(2, entityIds.get(EntityKey.of(m.entity())));
                    ps.setString(3, EntityRepository.truncate(m.entity().canonicalName()));
                    ps.setString(4, EntityRepository.truncate(m.surface()));
                    ps.setInt(5, m.start());
                    ps.setInt(6, m.end());
                    ps.setString(7, version);
                });
        jdbc.batchUpdate("""
                INSERT INTO person_title (article_id, entity_id, person_name, title, affiliation_country,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                facts.titles(), facts.titles().size(), (ps, t) -> {
                    ps.setLong(1, articleId);
                    ps.setLong(2, entityIds.get(EntityKey.of(t.person())));
                    ps.setString(3, EntityRepository.truncate(t.person().canonicalName()));
                    ps.setString(4, t.title());
                    ps.setString(5, t.affiliationCountry());
                    ps.setInt(6, t.start());
                    ps.setInt(7, t.end());
                    ps.setString(8, version);
                });
        jdbc.batchUpdate("""
                INSERT INTO time_expression (article_id, surface, timex_value, timex_mod, resolved_on,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                facts.times(), facts.times().size(), (ps, t) -> {
                    ps.setLong(1, articleId);
                    ps.setString(2, EntityRepository.truncate(t.surface()));
                    ps.setString(3, t.value());
                    ps.setString(4, t.mod());
                    ps.setDate(5, t.resolvedOn() == null ? null : Date.valueOf(t.resolvedOn()));
                    ps.setInt(6, t.start());
                    ps.setInt(7, t.end());
                    ps.setString(8, version);
                });
        jdbc.batchUpdate("""
                INSERT INTO amount (article_id, surface, value, unit, start_offset, end_offset, extractor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", facts.amounts(), facts.amounts().size(), (ps, a) -> {
            ps.setLong(1, articleId);
            ps.setString(2, EntityRepository.truncate(a.surface()));
            ps.setBigDecimal(3, a.value());
            ps.setString(4, EntityRepository.truncate(a.unit()));
            ps.setInt(5, a.start());
            ps.setInt(6, a.end());
            ps.setString(7, version);
        });
        jdbc.batchUpdate("""
                INSERT INTO quotation (article_id, speaker_entity_id, speaker_name, cue, quote_text,
                    start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                facts.quotations(), facts.quotations().size(), (ps, q) -> {
                    ps.setLong(1, articleId);
                    ps.setObject(2, q.speaker() == null ? null : entityIds.get(EntityKey.of(q.speaker())));
                    ps.setString(3, EntityRepository.truncate(q.speakerName()));
                    ps.setString(4, q.cue() == null || q.cue().length() <= 64 ? q.cue() : q.cue().substring(0, 64));
                    ps.setString(5, q.text());
                    ps.setInt(6, q.start());
                    ps.setInt(7, q.end());
                    ps.setString(8, version);
                });
        facts.events().forEach(event -> insertEvent(articleId, event, entityIds));
        jdbc.batchUpdate("""
                INSERT INTO cited_medium (article_id, entity_id, start_offset, end_offset, extractor_version)
                VALUES (?, ?, ?, ?, ?)""", facts.citedMedia(), facts.citedMedia().size(), (ps, c) -> {
            ps.setLong(1, articleId);
            ps.setLong(2, entityIds.get(EntityKey.of(c.outlet())));
            ps.setInt(3, c.start());
            ps.setInt(4, c.end());
            ps.setString(5, version);
        });
    }

    private void insertEvent(long articleId, Event event, Map<EntityKey, Long> entityIds) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO event (article_id, event_type, cameo_code, trigger_text, timex_value, event_on,
                        location_entity_id, start_offset, end_offset, extractor_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, articleId);
            ps.setString(2, event.type());
            ps.setString(3, event.cameoCode());
            ps.setString(4, EntityRepository.truncate(event.trigger()));
            ps.setString(5, event.timexValue());
            ps.setDate(6, event.eventOn() == null ? null : Date.valueOf(event.eventOn()));
            ps.setObject(7, event.location() == null ? null : entityIds.get(EntityKey.of(event.location())));
            ps.setInt(8, event.start());
            ps.setInt(9, event.end());
            ps.setString(10, FactExtractor.VERSION);
            return ps;
        }, key);
        long eventId = key.getKey().longValue();
        Set<Long> participants = new LinkedHashSet<>();
        event.participants().forEach(p -> participants.add(entityIds.get(EntityKey.of(p))));
        jdbc.batchUpdate("INSERT INTO event_participant (event_id, entity_id) VALUES (?, ?)",
                List.copyOf(participants), participants.size(), (ps, entityId) -> {
                    ps.setLong(1, eventId);
                    ps.setLong(2, entityId);
                });
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
