package dev.mirsad.ingest.summary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the figures of job executions (the v_job_run view). */
@Repository
public class RunSummaryRepository {

    /** v_job_run column by the name a person reads. */
    private static final Map<String, String> FACT_COLUMNS = new LinkedHashMap<>();

    static {
        FACT_COLUMNS.put("entities", "entity_count");
        FACT_COLUMNS.put("mentions", "mention_count");
        FACT_COLUMNS.put("titles", "title_count");
        FACT_COLUMNS.put("dates", "time_count");
        FACT_COLUMNS.put("amounts", "amount_count");
        FACT_COLUMNS.put("quotations", "quotation_count");
        FACT_COLUMNS.put("events", "event_count");
        FACT_COLUMNS.put("cited media", "cited_media_count");
    }

    private final JdbcTemplate jdbc;

    public RunSummaryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the facts the night wrote: those of the articles it ingested. An unchanged article's
     * facts were written, and counted, by an earlier night; counting them again cost an incremental
     * night over 100,000 files 8 s of its 20 s.
     */
    public void recordFactCounts(long jobExecutionId, long jobInstanceId) {
        String articles = "(SELECT article_id FROM scan_manifest WHERE job_instance_id = ? AND outcome = 'INGESTED')";
        jdbc.update("""
                REPLACE INTO job_run_summary (job_execution_id, mention_count, entity_count, title_count, time_count,
                    amount_count, quotation_count, event_count, cited_media_count)
                SELECT ?,
                  (SELECT COUNT(*) FROM mention WHERE article_id IN %1$s),
                  (SELECT COUNT(DISTINCT entity_id) FROM mention WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM person_title WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM time_expression WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM amount WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM quotation WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM event WHERE article_id IN %1$s),
                  (SELECT COUNT(*) FROM cited_medium WHERE article_id IN %1$s)""".formatted(articles),
                jobExecutionId, jobInstanceId, jobInstanceId, jobInstanceId, jobInstanceId, jobInstanceId,
                jobInstanceId, jobInstanceId, jobInstanceId);
    }

    public Optional<RunSummary> find(long jobExecutionId) {
        return jdbc.query("SELECT * FROM v_job_run WHERE job_execution_id = ?", (rs, n) -> map(rs, true), jobExecutionId)
                .stream().findFirst();
    }

    /** The most recent executions first, without their rejected-file lists. */
    public List<RunSummary> recent(int limit) {
        return jdbc.query("SELECT * FROM v_job_run ORDER BY job_execution_id DESC LIMIT ?", (rs, n) -> map(rs, false), limit);
    }

    private RunSummary map(ResultSet rs, boolean withRejections) throws SQLException {
        Map<String, Long> facts = new LinkedHashMap<>();
        for (Map.Entry<String, String> column : FACT_COLUMNS.entrySet()) {
            long value = rs.getLong(column.getValue());
            if (!rs.wasNull()) {
                facts.put(column.getKey(), value);
            }
        }
        long instanceId = rs.getLong("job_instance_id");
        List<RunSummary.RejectedFile> rejected = withRejections ? jdbc.query("""
                SELECT r.source_uri, r.reason, r.message FROM scan_manifest m
                JOIN rejected_document r ON r.source_uri_sha256 = SHA2(m.source_uri, 256)
                WHERE m.job_instance_id = ? AND m.outcome = 'REJECTED' ORDER BY m.seq""",
                (r, i) -> new RunSummary.RejectedFile(r.getString(1), r.getString(2), r.getString(3)), instanceId)
                : List.of();
        Map<String, Long> dated = new LinkedHashMap<>();
        if (withRejections) {
            jdbc.query("""
                    SELECT COALESCE(a.published_on_source, ?) AS source, COUNT(*) FROM scan_manifest m
                    JOIN article a ON a.article_id = m.article_id
                    WHERE m.job_instance_id = ? AND m.outcome = 'INGESTED' GROUP BY source ORDER BY COUNT(*) DESC""",
                    (RowCallbackHandler) r -> dated.put(r.getString(1), r.getLong(2)), RunSummary.UNDATED, instanceId);
        }
        return new RunSummary(rs.getLong("job_execution_id"), rs.getString("run_date"), rs.getString("status"),
                rs.getString("exit_code"), rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("ended_at", LocalDateTime.class), rs.getLong("files_scanned"),
                rs.getLong("files_ingested"), rs.getLong("files_unchanged"), rs.getLong("rejected_count"),
                facts, rejected, dated);
    }
}
