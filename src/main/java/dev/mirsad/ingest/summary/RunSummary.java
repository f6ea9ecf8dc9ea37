package dev.mirsad.ingest.summary;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One job execution as v_job_run shows it, with the files it rejected.
 *
 * @param datedArticles the night's ingested articles by where their date was read ({@code v_article.published_on_source}),
 *                      {@link #UNDATED} for those without one; empty in a list of runs
 */
public record RunSummary(long executionId, String runDate, String status, String exitCode, LocalDateTime startedAt,
                         LocalDateTime endedAt, long filesScanned, long filesIngested, long filesUnchanged,
                         long filesRejected, Map<String, Long> factCounts, List<RejectedFile> rejectedFiles,
                         Map<String, Long> datedArticles) {

    public static final String UNDATED = "undated";

    public record RejectedFile(String sourceUri, String reason, String message) {
    }

    public Duration duration() {
        return startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt);
    }
}
