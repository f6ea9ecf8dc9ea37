package dev.mirsad.cli;

import dev.mirsad.ingest.NightParameters;
import dev.mirsad.ingest.summary.RunSummary;
import dev.mirsad.text.DisplayText;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints what a run did, as a person reads it at the end of a night. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(RunSummary run, PrintWriter out) {
        Duration duration = run.duration();
        out.printf("Execution %d, night of %s: %s%s%n", run.executionId(), run.runDate(), run.status(),
                duration == null ? "" : String.format(" in %.1f s", duration.toMillis() / 1000.0));
        out.printf("  files: %d scanned = %d ingested + %d unchanged + %d rejected%s%n", run.filesScanned(),
                run.filesIngested(), run.filesUnchanged(), run.filesRejected(),
                pending(run) > 0 ? " + " + pending(run) + " not done yet" : "");
        for (RunSummary.RejectedFile file : run.rejectedFiles()) {
            // Names and messages come from the files: escaped, so none can forge a line or drive the terminal.
            out.printf("  rejected %s: %s (%s)%n", file.reason(), DisplayText.escape(file.sourceUri()),
                    DisplayText.escape(file.message()));
        }
        long dated = run.datedArticles().entrySet().stream().filter(e -> !e.getKey().equals(RunSummary.UNDATED))
                .mapToLong(Map.Entry::getValue).sum();
        long articles = run.datedArticles().values().stream().mapToLong(Long::longValue).sum();
        if (articles > 0) {
            out.printf("  dates: %d of %d articles ingested have a publication date%s%n", dated, articles,
                    run.datedArticles().entrySet().stream().filter(e -> !e.getKey().equals(RunSummary.UNDATED))
                            .map(e -> "from " + e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ", dated > 0 ? " (" : "", dated > 0 ? ")" : "")));
        }
        if (!run.factCounts().isEmpty()) {
            out.println("  facts: " + run.factCounts().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        }
        out.flush();
    }

    /**
     * For a night that neither completed nor stopped: why, from the exceptions in memory (the database
     * may not have recorded them, if it was the database that went away), and what to do.
     */
    static void printFailure(JobExecution execution, PrintWriter err) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.STOPPED) {
            return;
        }
        List<String> causes = execution.getAllFailureExceptions().stream().map(SummaryPrinter::rootCause)
                .distinct().limit(3).toList();
        err.println("mirsad: execution " + execution.getId() + " ended " + status + (causes.isEmpty() ? "." : ":"));
        causes.forEach(cause -> err.println("  " + cause));
        err.println("  Fix the cause, then run the same date again (mirsad run --date "
                + execution.getJobParameters().getLocalDate(NightParameters.RUN_DATE) + ") to resume it. If mirsad status"
                + " still shows it STARTED, first: mirsad recover " + execution.getId());
        err.flush();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + DisplayText.escape(root.getMessage());
    }

    static void printTable(List<RunSummary> runs, PrintWriter out) {
        String format = "%-6s %-10s %-10s %-19s %-19s %7s %8s %9s %8s%n";
        out.printf(format, "id", "date", "status", "start (UTC)", "end (UTC)", "read", "ingested", "unchanged",
                "rejected");
        for (RunSummary run : runs) {
            out.printf(format, run.executionId(), run.runDate(), run.status(), time(run.startedAt()),
                    time(run.endedAt()), run.filesScanned(), run.filesIngested(), run.filesUnchanged(),
                    run.filesRejected());
        }
        out.flush();
    }

    private static long pending(RunSummary run) {
        return run.filesScanned() - run.filesIngested() - run.filesUnchanged() - run.filesRejected();
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : time.withNano(0).toString().replace('T', ' ');
    }
}
