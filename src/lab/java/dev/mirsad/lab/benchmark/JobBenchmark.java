package dev.mirsad.lab.benchmark;

import com.sun.management.OperatingSystemMXBean;
import dev.mirsad.ingest.IngestProperties;
import dev.mirsad.ingest.imports.ProcessingTimes;
import dev.mirsad.ingest.imports.WriteTimes;
import dev.mirsad.operations.IngestOperations;
import dev.mirsad.operations.RunOutcome;
import dev.mirsad.operations.RunRequest;
import dev.mirsad.parse.InputFolders;
import dev.mirsad.pipeline.PipelineStage;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Measures the whole job on a corpus folder and prints the figures: a first night on an empty
 * database (job, each step and each stage of the import, the writer, rows written, peak heap and
 * RSS), an incremental night on the unchanged corpus, and Tika's bare text extraction of the same
 * files on as many threads, with the ratio of the job's time to it. It prints what it measured and
 * asserts nothing.
 */
@Service
public class JobBenchmark {

    private static final LocalDate FIRST_NIGHT = LocalDate.of(2000, 1, 1);
    /** Every table the job writes, for the rows a night wrote. */
    static final List<String> TABLES = List.of("article", "article_source", "entity", "mention", "person_title",
            "time_expression", "amount", "quotation", "event", "event_participant", "cited_medium",
            "scan_manifest", "rejected_document");

    private final IngestOperations operations;
    private final IngestProperties properties;
    private final WriteTimes writeTimes;
    private final ProcessingTimes processingTimes;
    private final JdbcTemplate jdbc;

    public JobBenchmark(IngestOperations operations, IngestProperties properties, WriteTimes writeTimes,
                        ProcessingTimes processingTimes, JdbcTemplate jdbc) {
        this.operations = operations;
        this.properties = properties;
        this.writeTimes = writeTimes;
        this.processingTimes = processingTimes;
        this.jdbc = jdbc;
    }

    /** @throws IllegalArgumentException if the database has seen a run or an article already */
    public void run(Path corpus, PrintWriter out) throws Exception {
        long runs = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class);
        long articles = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
        if (runs > 0 || articles > 0) {
            throw new IllegalArgumentException("The benchmark needs an empty database, and this one holds " + runs
                    + " runs and " + articles + " articles. Point SPRING_DATASOURCE_URL at a new database, e.g."
                    + " jdbc:mysql://127.0.0.1:3306/mirsad_bench_1?createDatabaseIfNotExist=true");
        }
        List<Path> files = filesUnder(corpus);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        int threads = properties.processingThreads();
        out.printf(Locale.ROOT, "Benchmark of %s: %d files, %.1f MB; %d threads, chunk %d, max heap %d MB; load %s%n",
                corpus, files.size(), bytes / 1e6, threads, properties.chunkSize(),
                MemoryUse.maxHeapBytes() >> 20, loadAverage());

        MemoryUse.reset();
        long cpuBefore = processCpuNanos();
        JobExecution first = ran(operations.run(new RunRequest(FIRST_NIGHT, InputFolders.of(List.of(corpus)), false)));
        Duration job = durationOf(first.getStartTime(), first.getEndTime());
        Duration jobCpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
        long peakHeap = MemoryUse.peakHeapBytes();
        OptionalLong peakRss = MemoryUse.peakRssBytes();
        out.printf(Locale.ROOT, "first night: %d articles in %s = %s articles/s (%s); CPU of this process %s%n",
                files.size(), seconds(job), rate(files.size(), job), first.getStatus(), seconds(jobCpu));
        StepExecution scan = stepOf(first, "scanStep");
        Duration scanTook = durationOf(scan.getStartTime(), scan.getEndTime());
        out.printf(Locale.ROOT, "  scan: %d files in %s = %s/s%n", files.size(), seconds(scanTook),
                rate(files.size(), scanTook));
        StepExecution imports = stepOf(first, "importStep");
        Duration importTook = durationOf(imports.getStartTime(), imports.getEndTime());
        Duration writing = writeTimes.of("importStep");
        long imported = imports.getReadCount();
        out.printf(Locale.ROOT, "  import (parse + clean + language + extract, then write): %d articles in %s = %s/s%n",
                imported, seconds(importTook), rate(imported, importTook));
        // The processing threads work ahead of the writer, so their stages overlap with writing.
        for (PipelineStage stage : PipelineStage.values()) {
            Duration spent = processingTimes.of(stage).dividedBy(threads);
            out.printf(Locale.ROOT, "    %s: %s per processing thread = %s articles/s on %d threads%n", label(stage),
                    seconds(spent), rate(imported, spent), threads);
        }
        out.printf(Locale.ROOT, "    write (the writer, on the step's thread): %s = %s articles/s%n", seconds(writing),
                rate(imported, writing));
        long rows = rowsWritten();
        out.printf(Locale.ROOT, "  rows written: %d = %s rows/s over the job, %s rows/s while writing%n",
                rows, rate(rows, job), rate(rows, writing));
        out.printf(Locale.ROOT, "  peak heap: %d MB of %d MB; peak RSS: %s%n", peakHeap >> 20,
                MemoryUse.maxHeapBytes() >> 20, megabytes(peakRss));

        MemoryUse.reset();
        JobExecution second = ran(operations.run(new RunRequest(FIRST_NIGHT.plusDays(1), InputFolders.of(List.of(corpus)), false)));
        Duration incremental = durationOf(second.getStartTime(), second.getEndTime());
        long unchanged = jdbc.queryForObject("""
                SELECT COUNT(*) FROM scan_manifest WHERE job_instance_id = ? AND outcome = 'UNCHANGED'""",
                Long.class, second.getJobInstance().getInstanceId());
        out.printf(Locale.ROOT, "incremental night, unchanged corpus: %d files in %s, %d unchanged (%s)%n",
                files.size(), seconds(incremental), unchanged, second.getStatus());
        out.printf(Locale.ROOT, "  steps: %s%n", String.join(", ", second.getStepExecutions().stream()
                .map(step -> step.getStepName() + " " + seconds(durationOf(step.getStartTime(), step.getEndTime())))
                .toList()));
        out.printf(Locale.ROOT, "  peak heap: %d MB; peak RSS: %s%n", MemoryUse.peakHeapBytes() >> 20,
                megabytes(MemoryUse.peakRssBytes()));

        MemoryUse.reset();
        cpuBefore = processCpuNanos();
        TikaBaseline.Result tika = TikaBaseline.run(files, threads);
        Duration tikaCpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
        out.printf(Locale.ROOT, "Tika alone (Tika.parseToString, %d threads): %d files in %s = %s files/s, %d failed;"
                        + " CPU %s%n", threads, tika.files(), seconds(tika.elapsed()), rate(tika.files(), tika.elapsed()),
                tika.failed(), seconds(tikaCpu));
        double ratio = job.toNanos() / (double) Math.max(1, tika.elapsed().toNanos());
        // On a shared machine the CPU ratio moves less than the time ratio; it leaves out the database server.
        out.printf(Locale.ROOT, "ratio of the job's time to Tika's: %.2f (CPU of this process: %.2f)%n", ratio,
                jobCpu.toNanos() / (double) Math.max(1, tikaCpu.toNanos()));
        out.printf(Locale.ROOT, "load after: %s%n", loadAverage());
        // One line with every figure, for scripts that compare runs.
        out.printf(Locale.ROOT, "figures: files=%d job_s=%.3f articles_per_s=%.1f incremental_s=%.3f tika_s=%.3f"
                        + " ratio=%.2f cpu_ratio=%.2f rows=%d peak_heap_mb=%d peak_rss_mb=%d%n",
                files.size(), job.toNanos() / 1e9, files.size() / Math.max(job.toNanos() / 1e9, 1e-9),
                incremental.toNanos() / 1e9, tika.elapsed().toNanos() / 1e9, ratio,
                jobCpu.toNanos() / (double) Math.max(1, tikaCpu.toNanos()), rows, peakHeap >> 20,
                peakRss.orElse(0) >> 20);
        out.flush();
    }

    /** CPU time of this JVM, all threads; -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static JobExecution ran(RunOutcome outcome) {
        if (outcome.kind() != RunOutcome.Kind.RAN || outcome.execution().getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("The benchmarked night did not complete: " + outcome.message()
                    + (outcome.execution() == null ? "" : " (" + outcome.execution().getStatus() + ")"));
        }
        return outcome.execution();
    }

    private static StepExecution stepOf(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no step " + name + " in execution " + execution.getId()));
    }

    private long rowsWritten() {
        long rows = 0;
        for (String table : TABLES) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }
        return rows;
    }

    private static List<Path> filesUnder(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String label(PipelineStage stage) {
        return switch (stage) {
            case PARSE -> "parse";
            case CLEAN_AND_LANGUAGE -> "clean + language";
            case EXTRACT -> "extract";
        };
    }

    private static Duration durationOf(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static String rate(long count, Duration duration) {
        return String.format(Locale.ROOT, "%.0f", count / Math.max(duration.toNanos() / 1e9, 1e-9));
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? (bytes.getAsLong() >> 20) + " MB" : "not available";
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | UnsupportedOperationException notLinux) {
            return "not available";
        }
    }
}
