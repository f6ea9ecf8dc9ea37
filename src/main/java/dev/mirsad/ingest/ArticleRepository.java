package dev.mirsad.ingest;

import dev.mirsad.ingest.imports.ImportOutcome.Ingested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles as last ingested, one per source file. */
@Repository
public class ArticleRepository {

    private static final int MAX_TITLE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ArticleRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * Inserts or replaces the articles of these files; their facts are to be extracted again.
     *
     * @return article id by source URI
     */
    public Map<String, Long> upsert(List<Ingested> articles, long jobExecutionId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO article (source_uri_sha256, source_uri, file_name, content_sha256, pipeline_version,
                    media_type, title, language, language_confidence, published_on, word_count, clean_text,
                    extractor_version, ingested_at, job_execution_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
                ON DUPLICATE KEY UPDATE file_name = VALUES(file_name), content_sha256 = VALUES(content_sha256),
                    pipeline_version = VALUES(pipeline_version), media_type = VALUES(media_type),
                    title = VALUES(title), language = VALUES(language),
                    language_confidence = VALUES(language_confidence), published_on = VALUES(published_on),
                    outlet = NULL, word_count = VALUES(word_count), clean_text = VALUES(clean_text),
                    extractor_version = NULL, ingested_at = VALUES(ingested_at),
                    job_execution_id = VALUES(job_execution_id)""", articles, articles.size(), (ps, a) -> {
            ps.setString(1, Sha256.of(a.entry().sourceUri()));
            ps.setString(2, a.entry().sourceUri());
            ps.setString(3, a.fileName());
            ps.setString(4, a.entry().contentSha256());
            ps.setString(5, IngestPipeline.VERSION);
            ps.setString(6, a.mediaType());
            ps.setString(7, a.title() == null || a.title().length() <= MAX_TITLE ? a.title() : a.title().substring(0, MAX_TITLE));
            ps.setString(8, a.language().code());
            ps.setBigDecimal(9, BigDecimal.valueOf(a.language().confidence()).setScale(3, RoundingMode.HALF_UP));
            ps.setDate(10, a.publishedOn() == null ? null : Date.valueOf(a.publishedOn()));
            ps.setInt(11, a.wordCount());
            ps.setString(12, a.cleanText());
            ps.setTimestamp(13, now);
            ps.setLong(14, jobExecutionId);
        });
        Map<String, Long> ids = new HashMap<>();
        named.query("SELECT article_id, source_uri FROM article WHERE source_uri_sha256 IN (:keys)",
                Map.of("keys", articles.stream().map(a -> Sha256.of(a.entry().sourceUri())).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
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
