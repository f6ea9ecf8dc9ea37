package dev.mirsad.ingest.manifest;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress lines for the scan's hashing, which reads every byte of the archive and is most of a night
 * over unchanged files: files and bytes done of the total, rate and time left, at a steady pace.
 * Hashing runs on several threads at once, so the counts are atomic and one thread at a time prints.
 */
final class ScanProgress {

    private final Consumer<String> out;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong lastPrintedAt = new AtomicLong();
    private long files;
    private long bytes;
    private long startedAt;

    /**
     * @param out      where each line goes
     * @param nanoTime the clock, in nanoseconds
     * @param interval the least time between two progress lines
     */
    ScanProgress(Consumer<String> out, LongSupplier nanoTime, Duration interval) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
    }

    /** The listing is done: this many files, of this many bytes in all, are to be hashed. */
    void listed(long files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        this.startedAt = nanoTime.getAsLong();
        lastPrintedAt.set(startedAt);
        out.accept(String.format(Locale.ROOT, "scan: %d files listed (%s); hashing them", files, megabytes(bytes)));
    }

    /** One file is hashed (or found unreadable): it counts as done with its listed size. */
    void hashed(long fileBytes) {
        long doneFiles = filesDone.incrementAndGet();
        long doneBytes = bytesDone.addAndGet(fileBytes);
        long now = nanoTime.getAsLong();
        long last = lastPrintedAt.get();
        if (now - last < intervalNanos || !lastPrintedAt.compareAndSet(last, now)) {
            return;
        }
        double seconds = Math.max((now - startedAt) / 1e9, 1e-9);
        double bytesPerSecond = doneBytes / seconds;
        String left = bytesPerSecond > 0 ? Math.round(Math.max(0, bytes - doneBytes) / bytesPerSecond) + " s" : "?";
        out.accept(String.format(Locale.ROOT, "scan: %d/%d files hashed (%d%%), %s of %s, %.1f files/s, about %s left",
                doneFiles, files, bytes == 0 ? 100 : doneBytes * 100 / bytes, megabytes(doneBytes), megabytes(bytes),
                doneFiles / seconds, left));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
