package dev.mirsad.ingest.metrics;

import dev.mirsad.parse.RejectionReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What the ingest did, as Micrometer meters (Prometheus names in brackets): files by outcome
 * ({@code mirsad_files_total}), rejected files by reason ({@code mirsad_files_rejected_total}), facts
 * written by type ({@code mirsad_facts_written_total}), whether a night is running
 * ({@code mirsad_night_running}) and when the last night completed
 * ({@code mirsad_last_completed_night_seconds}). Counts are added when the transaction that wrote them
 * commits, so a rolled-back chunk is never counted; they are this process's, from its start.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        // Every outcome shows from the start, at zero until it happens.
        List.of("ingested", "unchanged", "rejected").forEach(this::files);
        // Read from the job repository at each scrape: a night run by another process counts too.
        Gauge.builder("mirsad.night.running", jdbc, IngestMetrics::runningNights)
                .description("1 while a night is running, in this process or another").register(registry);
        Gauge.builder("mirsad.last.completed.night", jdbc, IngestMetrics::lastCompletedEpochSeconds)
                .description("When the last completed night ended (UTC, seconds since the epoch; NaN before any)")
                .baseUnit("seconds").register(registry);
    }

    /** Files the scan found unchanged, and the reasons of those it rejected. */
    public void scanned(long unchanged, List<RejectionReason> rejectedReasons) {
        afterCommit(() -> {
            files("unchanged").increment(unchanged);
            rejected(rejectedReasons);
        });
    }

    /** Files the import ingested or rejected, and the facts it wrote by type (mentions, titles, ...). */
    public void imported(long ingested, List<RejectionReason> rejectedReasons, Map<String, Long> factsByType) {
        afterCommit(() -> {
            files("ingested").increment(ingested);
            rejected(rejectedReasons);
            factsByType.forEach((type, count) -> Counter.builder("mirsad.facts.written").tag("type", type)
                    .description("Facts written, by type").register(registry).increment(count));
        });
    }

    private void rejected(List<RejectionReason> reasons) {
        for (RejectionReason reason : reasons) {
            files("rejected").increment();
            Counter.builder("mirsad.files.rejected").tag("reason", reason.name()).description("Files rejected, by reason")
                    .register(registry).increment();
        }
    }

    private Counter files(String outcome) {
        return Counter.builder("mirsad.files").tag("outcome", outcome)
                .description("Files of the nights, by outcome: ingested, unchanged or rejected").register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }

    private static double runningNights(JdbcTemplate jdbc) {
        Long running = jdbc.queryForObject("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""",
                Long.class);
        return running == null || running == 0 ? 0 : 1;
    }

    private static double lastCompletedEpochSeconds(JdbcTemplate jdbc) {
        Timestamp ended = jdbc.queryForObject(
                "SELECT MAX(ended_at) FROM v_job_run WHERE status = 'COMPLETED'", Timestamp.class);
        return ended == null ? Double.NaN : ended.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    }
}
