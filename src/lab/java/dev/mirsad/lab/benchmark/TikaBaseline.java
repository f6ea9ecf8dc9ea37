package dev.mirsad.lab.benchmark;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What parsing alone costs: Apache Tika's own text extraction ({@link Tika#parseToString(Path)}, its
 * default configuration) of the same files, in a plain loop over a fixed pool of threads. Nothing is
 * cleaned, analysed or stored.
 */
public final class TikaBaseline {

    /** How long it took, how many files parsed and failed, and the characters extracted. */
    public record Result(Duration elapsed, int files, int failed, long characters) {
        public double filesPerSecond() {
            return files / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    private TikaBaseline() {
    }

    public static Result run(List<Path> files, int threads) throws InterruptedException {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                        try {
                            characters.addAndGet(tika.parseToString(files.get(i)).length());
                        } catch (TikaException e) {
                            failed.incrementAndGet();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Tika baseline failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(Duration.ofNanos(System.nanoTime() - start), files.size(), failed.get(), characters.get());
    }
}
