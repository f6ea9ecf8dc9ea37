package dev.mirsad.ingest.facts;

import dev.mirsad.extract.EntityRef;
import dev.mirsad.extract.EntityType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities shared across articles: one row per type and folded name, created on first sight. */
@Repository
public class EntityRepository {

    static final int MAX_NAME = 255;

    /** How an entity is found again: its type and folded name. */
    public record EntityKey(EntityType type, String key) {
        static EntityKey of(EntityRef ref) {
            return new EntityKey(ref.type(), truncate(ref.key()));
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public EntityRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** @return the id of every given entity, inserting those not seen before */
    public Map<EntityKey, Long> idsOf(Collection<EntityRef> refs) {
        Map<EntityKey, EntityRef> distinct = new LinkedHashMap<>();
        refs.forEach(ref -> distinct.putIfAbsent(EntityKey.of(ref), ref));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<EntityKey, EntityRef>> rows = List.copyOf(distinct.entrySet());
        // A no-op update keeps the first row's names; it does not fail or count as an error like INSERT IGNORE.
        jdbc.batchUpdate("""
                INSERT INTO entity (entity_type, entity_key, canonical_name, entity_subtype, country_code)
                VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE entity_id = entity_id""", rows, rows.size(), (ps, row) -> {
            EntityRef ref = row.getValue();
            ps.setString(1, row.getKey().type().name());
            ps.setString(2, row.getKey().key());
            ps.setString(3, truncate(ref.canonicalName()));
            ps.setString(4, ref.subtype());
            ps.setString(5, ref.countryCode());
        });
        Map<EntityKey, Long> ids = new HashMap<>();
        named.query("SELECT entity_id, entity_type, entity_key FROM entity WHERE entity_key IN (:keys)",
                Map.of("keys", rows.stream().map(r -> r.getKey().key()).distinct().toList()), rs -> {
                    EntityKey key = new EntityKey(EntityType.valueOf(rs.getString(2)), rs.getString(3));
                    if (distinct.containsKey(key)) {
                        ids.put(key, rs.getLong(1));
                    }
                });
        return ids;
    }

    static String truncate(String text) {
        return text == null || text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME);
    }
}
