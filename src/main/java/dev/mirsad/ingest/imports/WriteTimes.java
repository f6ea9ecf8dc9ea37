package dev.mirsad.ingest.imports;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long each chunk step has spent in its writer since this process started, so that a benchmark
 * can tell writing apart from reading and processing. Writers run on the step's thread.
 */
@Component
public class WriteTimes {

    private final Map<String, AtomicLong> nanosByStep = new ConcurrentHashMap<>();

    /** A listener that adds the writing time of one step. */
    public ItemWriteListener<Object> listenerFor(String stepName) {
        AtomicLong total = nanosByStep.computeIfAbsent(stepName, name -> new AtomicLong());
        ThreadLocal<Long> startedAt = new ThreadLocal<>();
        return new ItemWriteListener<>() {
            @Override
            public void beforeWrite(Chunk<?> items) {
                startedAt.set(System.nanoTime());
            }

            @Override
            public void afterWrite(Chunk<?> items) {
                total.addAndGet(System.nanoTime() - startedAt.get());
            }

            @Override
            public void onWriteError(Exception exception, Chunk<?> items) {
                total.addAndGet(System.nanoTime() - startedAt.get());
            }
        };
    }

    public Duration of(String stepName) {
        AtomicLong total = nanosByStep.get(stepName);
        return Duration.ofNanos(total == null ? 0 : total.get());
    }
}
