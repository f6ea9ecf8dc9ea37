package dev.mirsad.ingest;

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
public class ProcessingTimes {

    public enum Stage { PARSE, CLEAN_AND_LANGUAGE, EXTRACT }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public ProcessingTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /**
     * Adds the time from {@code startedAt} (a {@link System#nanoTime()}) until now to the stage.
     *
     * @return now, where the next stage starts
     */
    public long add(Stage stage, long startedAt) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startedAt);
        return now;
    }

    public Duration of(Stage stage) {
        return Duration.ofNanos(nanos.get(stage).sum());
    }
}
