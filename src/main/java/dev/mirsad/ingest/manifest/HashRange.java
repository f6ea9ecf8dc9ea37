package dev.mirsad.ingest.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * A slice of the night's manifest by content: the files whose SHA-256 begins with a four-hex-digit prefix
 * in [from, to). Slicing by content, not by file, keeps every copy of one content in one slice, so two
 * processes never import the same article at once.
 */
public record HashRange(int from, int to) {

    /** One past the largest four-hex-digit prefix. */
    public static final int PREFIXES = 0x10000;
    public static final HashRange ALL = new HashRange(0, PREFIXES);
    /** A manifest row's prefix in SQL, to compare with from and to. */
    static final String PREFIX_OF_ROW = "CONV(LEFT(content_sha256, 4), 16, 10)";

    public HashRange {
        if (from < 0 || to > PREFIXES || from >= to) {
            throw new IllegalArgumentException("not a range of content-hash prefixes: [" + from + ", " + to + ")");
        }
    }

    /** The prefixes cut into this many ranges of equal width, in order, covering all of them once. */
    public static List<HashRange> split(int count) {
        if (count < 1 || count > PREFIXES) {
            throw new IllegalArgumentException("partitions must be between 1 and " + PREFIXES + ": " + count);
        }
        List<HashRange> ranges = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ranges.add(new HashRange((int) ((long) k * PREFIXES / count), (int) ((long) (k + 1) * PREFIXES / count)));
        }
        return ranges;
    }

    public boolean isAll() {
        return from == 0 && to == PREFIXES;
    }

    @Override
    public String toString() {
        return String.format("%04x-%04x", from, to - 1);
    }
}
