package dev.mirsad.extract.tagger;

/**
 * Features are hashed, never spelled out as strings: a 64-bit FNV-1a hash of the text, mixed with the
 * template's number, picks one of 2^bits weight rows. Collisions cost a little accuracy; building a
 * string per feature and token would cost most of the time budget.
 */
public final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    public static long of(CharSequence text) {
        return of(text, 0, text.length());
    }

    public static long of(CharSequence text, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The hash of a pair (a template with a value, two values): order matters. */
    public static long combine(long a, long b) {
        return mix(a * 31 + b);
    }

    /** The weight row of a template's value. */
    public static int row(int template, long value, int bits) {
        return (int) (mix(value + template * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
