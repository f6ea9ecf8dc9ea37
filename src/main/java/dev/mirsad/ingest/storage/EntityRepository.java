package dev.mirsad.ingest.storage;

import dev.mirsad.extract.PlaceCoordinates.LatLon;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.pipeline.ArticleEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Entities shared across articles: one row per type and identity key (as the pipeline gives it), created
 * on first sight, in a transaction of their own that commits before the caller's facts refer to
 * them: writers on several connections then never wait on each other's uncommitted entities. An
 * entity whose facts fail to commit stays, unreferenced, for the next try to find.
 *
 * <p>Articles may offer one entity differently (ماكسيم ماكسيموف and مكسيم ماكسيموف share a key; one article
 * knows the person's country, another does not). The row combines them by {@link EntityAttributes}'s rule,
 * so the entity is the same whatever order the articles come in: in one process or spread over workers.
 *
 * <p>Most entities of a night were seen before (countries, capitals, leaders), so the ids of
 * committed entities are cached, with their attributes as written: a chunk only goes to the database
 * for entities it has not met, or that it offers with a smaller attribute. Only ids whose transaction
 * committed enter the cache, because a rolled-back insert frees its id, and entity rows are never
 * deleted, so a cached id stays valid.
 */
@Repository
public class EntityRepository {

    static final int MAX_NAME = 255;
    /** Bounds the cache's heap (roughly 200 bytes an entry); names beyond it are looked up each time. */
    private static final int MAX_CACHED = 100_000;

    /** How an entity is found again, in any article: its type and identity key. */
    private record EntityKey(EntityType type, String key) {
        static EntityKey of(ArticleEntity entity) {
            return new EntityKey(entity.ref().type(), truncate(entity.identityKey()));
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate ownTransaction;
    /** A committed entity's id, and attributes the row holds or smaller ones. */
    private record Committed(long id, EntityAttributes written) {
    }

    private final Map<EntityKey, Committed> committed = new ConcurrentHashMap<>();

    public EntityRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
                            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.named = named;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @return the id of every given entity, inserting those not seen before; keyed by the refs
     *         themselves, so that writing a fact costs no second computation of its entity's key
     */
    public Map<EntityRef, Long> idsOf(Collection<ArticleEntity> entities) {
        Map<EntityRef, EntityKey> keys = new HashMap<>();
        Map<EntityKey, Long> ids = new HashMap<>();
        Map<EntityKey, EntityAttributes> unknown = new LinkedHashMap<>();
        for (ArticleEntity entity : entities) {
            if (keys.containsKey(entity.ref())) {
                continue;
            }
            EntityKey key = EntityKey.of(entity);
            keys.put(entity.ref(), key);
            Committed cached = committed.get(key);
            EntityAttributes offered = EntityAttributes.of(entity);
            if (cached != null && !cached.written().improvedBy(offered)) {
                ids.put(key, cached.id());
            } else {
                unknown.merge(key, cached == null ? offered : cached.written().merge(offered), EntityAttributes::merge);
            }
        }
        if (!unknown.isEmpty()) {
            // Opened only here: most chunks meet no new entity, and an empty transaction costs round trips.
            ids.putAll(ownTransaction.execute(status -> {
                Map<EntityKey, Long> found = insertOrFind(unknown);
                cacheAfterCommit(found, unknown);
                return found;
            }));
        }
        Map<EntityRef, Long> byRef = new HashMap<>();
        keys.forEach((ref, key) -> byRef.put(ref, ids.get(key)));
        return byRef;
    }

    private Map<EntityKey, Long> insertOrFind(Map<EntityKey, EntityAttributes> entities) {
        List<Map.Entry<EntityKey, EntityAttributes>> rows = List.copyOf(entities.entrySet());
        jdbc.batchUpdate("""
                INSERT INTO entity (entity_type, entity_key, canonical_name, entity_subtype, country_code, latitude,
                    longitude)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE
                """ + EntityAttributes.MERGE_ON_DUPLICATE,
                rows, rows.size(),
                (ps, row) -> {
                    EntityAttributes entity = row.getValue();
                    Optional<LatLon> point = Optional.ofNullable(entity.point());
                    ps.setString(1, row.getKey().type().name());
                    ps.setString(2, row.getKey().key());
                    ps.setString(3, entity.name());
                    ps.setString(4, entity.subtype());
                    ps.setString(5, entity.country());
                    ps.setObject(6, point.map(LatLon::latitude).orElse(null));
                    ps.setObject(7, point.map(LatLon::longitude).orElse(null));
                });
        Map<EntityKey, Long> ids = new HashMap<>();
        // One query per type, so that the (entity_type, entity_key) unique index serves it.
        Map<EntityType, List<String>> keysByType = entities.keySet().stream().collect(Collectors.groupingBy(
                EntityKey::type, Collectors.mapping(EntityKey::key, Collectors.toList())));
        keysByType.forEach((type, keys) -> named.query(
                "SELECT entity_id, entity_key FROM entity WHERE entity_type = :type AND entity_key IN (:keys)",
                Map.of("type", type.name(), "keys", keys), rs -> {
                    EntityKey key = new EntityKey(type, rs.getString(2));
                    if (entities.containsKey(key)) {
                        ids.put(key, rs.getLong(1));
                    }
                }));
        return ids;
    }

    private void cacheAfterCommit(Map<EntityKey, Long> ids, Map<EntityKey, EntityAttributes> written) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (committed.size() < MAX_CACHED) {
                    ids.forEach((key, id) -> committed.put(key, new Committed(id, written.get(key))));
                }
            }
        });
    }

    static String truncate(String text) {
        return text == null || text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME);
    }
}
