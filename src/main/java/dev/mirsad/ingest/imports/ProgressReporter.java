package dev.mirsad.ingest.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * Prints a progress line for a long step at a steady pace: items done of total, rate, time left.
 * The total is what the step has to do when it starts (after a restart: what is left).
 */
public class ProgressReporter implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

    private final String label;
    private final ToLongFunction<StepExecution> totalOf;
    private final long intervalNanos;
    private long total;
    private long done;
    private long startedAt;
    private long lastPrintedAt;

    public ProgressReporter(String label, ToLongFunction<StepExecution> totalOf, Duration interval) {
        this.label = label;
        this.totalOf = totalOf;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        total = totalOf.applyAsLong(stepExecution);
        done = 0;
        startedAt = System.nanoTime();
        lastPrintedAt = startedAt;
        log.info("{}: {} files to do", label, total);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastPrintedAt >= intervalNanos) {
            lastPrintedAt = now;
            double seconds = (now - startedAt) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            long left = Math.max(0, total - done);
            log.info("{}: {}/{} files ({}%), {} files/s, about {} s left", label, done, total,
                    total == 0 ? 100 : done * 100 / total, String.format("%.1f", rate),
                    rate > 0 ? Math.round(left / rate) : "?");
        }
    }
}
