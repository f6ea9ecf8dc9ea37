package dev.mirsad.ingest.storage;

import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Inputs the job could not take, one row per source as last tried. */
@Repository
public class RejectedDocumentRepository {

    private static final int MAX_MESSAGE = 2000;

    public record Rejection(String sourceUri, String contentSha256, RejectionReason reason, String message) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public RejectedDocumentRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void record(List<Rejection> rejections, long jobExecutionId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO rejected_document (source_uri_sha256, source_uri, content_sha256, reason, message,
                                               job_execution_id, rejected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE content_sha256 = VALUES(content_sha256), reason = VALUES(reason),
                    message = VALUES(message), job_execution_id = VALUES(job_execution_id),
                    rejected_at = VALUES(rejected_at)""", rejections, rejections.size(), (ps, r) -> {
            ps.setString(1, Sha256.of(r.sourceUri()));
            ps.setString(2, r.sourceUri());
            ps.setString(3, r.contentSha256());
            ps.setString(4, r.reason().name());
            ps.setString(5, truncate(r.message()));
            ps.setLong(6, jobExecutionId);
            ps.setTimestamp(7, now);
        });
    }

    /** A source that is ingested now is no longer rejected. */
    public void forget(List<String> sourceUris) {
        if (!sourceUris.isEmpty()) {
            named.update("DELETE FROM rejected_document WHERE source_uri_sha256 IN (:keys)",
                    Map.of("keys", sourceUris.stream().map(Sha256::of).toList()));
        }
    }

    private static String truncate(String message) {
        String text = message == null ? "" : message;
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
