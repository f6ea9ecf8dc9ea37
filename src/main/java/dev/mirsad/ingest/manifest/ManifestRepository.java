package dev.mirsad.ingest.manifest;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files of one night (job instance), fixed at scan time, with what became of each. */
@Repository
public class ManifestRepository {

    public enum Outcome { INGESTED, UNCHANGED, REJECTED }

    /** Scanned = ingested + unchanged + rejected + pending. */
    public record FileCounts(long scanned, long ingested, long unchanged, long rejected) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public ManifestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long jobInstanceId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM scan_manifest WHERE job_instance_id = ?)", Boolean.class, jobInstanceId));
    }

    public void insert(long jobInstanceId, List<ScannedFile> files) {
        for (int from = 0; from < files.size(); from += BATCH) {
            int first = from;
            List<ScannedFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            jdbc.batchUpdate("INSERT INTO scan_manifest (job_instance_id, seq, source_uri, size_bytes, modified_ns,"
                    + " content_sha256, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ScannedFile file = batch.get(i);
                    ps.setLong(1, jobInstanceId);
                    ps.setInt(2, first + i);
                    ps.setString(3, file.sourceUri());
                    ps.setLong(4, file.sizeBytes());
                    ps.setObject(5, file.modifiedNanos());
                    ps.setString(6, file.contentSha256());
                    ps.setString(7, file.problem() == null ? null : Outcome.REJECTED.name());
                }

                @Override
                public int getBatchSize() {
                    return batch.size();
                }
            });
        }
    }

    /**
     * Marks as unchanged every pending file whose content the given pipeline version already
     * ingested, facts included, from this file or any other.
     */
    public int markUnchanged(long jobInstanceId, String pipelineVersion) {
        return jdbc.update("""
                UPDATE scan_manifest m
                JOIN article a ON a.content_sha256 = m.content_sha256
                SET m.outcome = 'UNCHANGED', m.article_id = a.article_id
                WHERE m.job_instance_id = ? AND m.outcome IS NULL
                  AND a.pipeline_version = ? AND a.extractor_version IS NOT NULL""",
                jobInstanceId, pipelineVersion);
    }

    /** The article of each unchanged file not yet known to hold it (a copy, or a moved archive), by source URI. */
    public Map<String, Long> unchangedUnderNewPaths(long jobInstanceId) {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("""
                SELECT m.source_uri, m.article_id FROM scan_manifest m
                WHERE m.job_instance_id = ? AND m.outcome = 'UNCHANGED' AND NOT EXISTS (
                    SELECT 1 FROM article_source s
                    WHERE s.source_uri_sha256 = SHA2(m.source_uri, 256) AND s.article_id = m.article_id)
                ORDER BY m.seq""", (RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getLong(2)), jobInstanceId);
        return found;
    }

    /**
     * One statement per outcome for the whole chunk: a batch of single-row updates costs the server
     * a parse and an execution per file.
     */
    public void setOutcomes(long jobInstanceId, List<ManifestOutcome> outcomes) {
        Map<Outcome, List<ManifestOutcome>> byOutcome = new EnumMap<>(Outcome.class);
        outcomes.forEach(o -> byOutcome.computeIfAbsent(o.outcome(), k -> new ArrayList<>()).add(o));
        byOutcome.forEach((outcome, files) -> {
            StringBuilder sql = new StringBuilder("UPDATE scan_manifest SET outcome = ?, article_id = CASE seq");
            List<Object> args = new ArrayList<>();
            args.add(outcome.name());
            for (ManifestOutcome file : files) {
                sql.append(" WHEN ? THEN ?");
                args.add(file.seq());
                args.add(file.articleId());
            }
            sql.append(" END WHERE job_instance_id = ? AND seq IN (")
                    .append(String.join(", ", Collections.nCopies(files.size(), "?"))).append(')');
            args.add(jobInstanceId);
            files.forEach(file -> args.add(file.seq()));
            jdbc.update(sql.toString(), args.toArray());
        });
    }

    /**
     * Keeps a finished night's file counts, then drops the manifest rows of every other finished night:
     * only a night that may still resume needs its manifest, and the incremental night compares files
     * with the articles, not with past manifests.
     */
    public void keepCountsAndPruneFinishedNights(long jobInstanceId) {
        jdbc.update("""
                REPLACE INTO night_file_counts (job_instance_id, files_scanned, files_ingested, files_unchanged,
                    files_rejected)
                SELECT ?, COUNT(*), COALESCE(SUM(outcome = 'INGESTED'), 0), COALESCE(SUM(outcome = 'UNCHANGED'), 0),
                       COALESCE(SUM(outcome = 'REJECTED'), 0)
                FROM scan_manifest WHERE job_instance_id = ?""", jobInstanceId, jobInstanceId);
        jdbc.update("""
                DELETE m FROM scan_manifest m JOIN night_file_counts n ON n.job_instance_id = m.job_instance_id
                WHERE m.job_instance_id <> ?""", jobInstanceId);
    }

    public long countPending(long jobInstanceId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scan_manifest WHERE job_instance_id = ? AND outcome IS NULL",
                Long.class, jobInstanceId);
    }

    /** Files of the night still to import whose content falls in the slice. */
    public long countPending(long jobInstanceId, HashRange slice) {
        if (slice.isAll()) {
            return countPending(jobInstanceId);
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM scan_manifest WHERE job_instance_id = ? AND outcome IS NULL"
                        + " AND " + HashRange.PREFIX_OF_ROW + " >= ? AND " + HashRange.PREFIX_OF_ROW + " < ?",
                Long.class, jobInstanceId, slice.from(), slice.to());
    }

    public FileCounts counts(long jobInstanceId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*),
                       COALESCE(SUM(outcome = 'INGESTED'), 0),
                       COALESCE(SUM(outcome = 'UNCHANGED'), 0),
                       COALESCE(SUM(outcome = 'REJECTED'), 0)
                FROM scan_manifest WHERE job_instance_id = ?""",
                (rs, n) -> new FileCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), jobInstanceId);
    }

    /** @param articleId null for rejected files */
    public record ManifestOutcome(int seq, Outcome outcome, Long articleId) {
    }
}
