package dev.mirsad.ingest.imports;

import dev.mirsad.pipeline.PipelineStage;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long the processing threads have spent in each stage of the import since this process
 * started, summed over the threads, so that a benchmark can tell parsing, cleaning and extraction
 * apart now that one step does them all.
 */
@Component
public class ProcessingTimes implements PipelineStage.Timer {

    private final Map<PipelineStage, LongAdder> nanos = new EnumMap<>(PipelineStage.class);

    public ProcessingTimes() {
        for (PipelineStage stage : PipelineStage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** Adds the time from {@code startedAt} (a {@link System#nanoTime()}) until now to the stage. */
    @Override
    public long ended(PipelineStage stage, long startedAt) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startedAt);
        return now;
    }

    public Duration of(PipelineStage stage) {
        return Duration.ofNanos(nanos.get(stage).sum());
    }
}
