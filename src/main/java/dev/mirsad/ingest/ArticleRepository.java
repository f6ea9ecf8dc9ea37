package dev.mirsad.ingest;

import dev.mirsad.ingest.imports.ImportOutcome.Ingested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles as last ingested, one per source file. */
@Repository
public class ArticleRepository {

    private static final int MAX_TITLE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final RowLoader rows;

    public ArticleRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, RowLoader rows) {
        this.jdbc = jdbc;
        this.named = named;
        this.rows = rows;
    }

    /**
     * Inserts or replaces the articles of these files; their facts are to be extracted again. New
     * articles, all of them on a first night, go in bulk (see {@link RowLoader}); changed ones are
     * updated in place, keeping their ids.
     *
     * @return article id by source URI
     */
    public Map<String, Long> upsert(List<Ingested> articles, long jobExecutionId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, Long> ids = idsOf(articles);
        List<Object[]> fresh = new ArrayList<>();
        List<Ingested> changed = new ArrayList<>();
        for (Ingested a : articles) {
            if (ids.containsKey(a.entry().sourceUri())) {
                changed.add(a);
            } else {
                fresh.add(new Object[] {Sha256.of(a.entry().sourceUri()), a.entry().sourceUri(), a.fileName(),
                        a.entry().contentSha256(), IngestPipeline.VERSION, a.mediaType(), title(a), a.language().code(),
                        confidence(a), a.publishedOn(), a.wordCount(), a.cleanText(), now, jobExecutionId});
            }
        }
        rows.append("article", List.of("source_uri_sha256", "source_uri", "file_name", "content_sha256",
                "pipeline_version", "media_type", "title", "language", "language_confidence", "published_on",
                "word_count", "clean_text", "ingested_at", "job_execution_id"), fresh);
        jdbc.batchUpdate("""
                UPDATE article SET file_name = ?, content_sha256 = ?, pipeline_version = ?, media_type = ?, title = ?,
                    language = ?, language_confidence = ?, published_on = ?, outlet = NULL, word_count = ?,
                    clean_text = ?, extractor_version = NULL, ingested_at = ?, job_execution_id = ?
                WHERE article_id = ?""", changed, changed.size(), (ps, a) -> {
            ps.setString(1, a.fileName());
            ps.setString(2, a.entry().contentSha256());
            ps.setString(3, IngestPipeline.VERSION);
            ps.setString(4, a.mediaType());
            ps.setString(5, title(a));
            ps.setString(6, a.language().code());
            ps.setBigDecimal(7, confidence(a));
            ps.setObject(8, a.publishedOn());
            ps.setInt(9, a.wordCount());
            ps.setString(10, a.cleanText());
            ps.setObject(11, now);
            ps.setLong(12, jobExecutionId);
            ps.setLong(13, ids.get(a.entry().sourceUri()));
        });
        return fresh.isEmpty() ? ids : idsOf(articles);
    }

    private Map<String, Long> idsOf(List<Ingested> articles) {
        Map<String, Long> ids = new HashMap<>();
        named.query("SELECT article_id, source_uri FROM article WHERE source_uri_sha256 IN (:keys)",
                Map.of("keys", articles.stream().map(a -> Sha256.of(a.entry().sourceUri())).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    private static String title(Ingested a) {
        return a.title() == null || a.title().length() <= MAX_TITLE ? a.title() : a.title().substring(0, MAX_TITLE);
    }

    private static BigDecimal confidence(Ingested a) {
        return BigDecimal.valueOf(a.language().confidence()).setScale(3, RoundingMode.HALF_UP);
    }

    /** An article whose facts are written, with the first outlet it cites (or null). */
    public record Extracted(long articleId, String outlet) {
    }

    public void markExtracted(List<Extracted> extracted, String extractorVersion) {
        jdbc.batchUpdate("UPDATE article SET extractor_version = ?, outlet = COALESCE(?, outlet) WHERE article_id = ?",
                extracted, extracted.size(), (ps, a) -> {
                    ps.setString(1, extractorVersion);
                    ps.setString(2, a.outlet());
                    ps.setLong(3, a.articleId());
                });
    }
}
