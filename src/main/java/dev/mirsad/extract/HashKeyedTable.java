package dev.mirsad.extract;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A table of at most a fixed number of values, keyed by a 64-bit hash, that any number of threads read
 * without locking while one at a time adds to it. The tagger looks up every token's word in it. With a
 * ConcurrentHashMap of strings, that look-up took 12.5% of the processing threads' samples in a profile of
 * the nightly job (hashing each new token string, then following the bucket's node, its key and the key's
 * characters, each often a cache miss); with this table, which reads one slot of keys and one of values,
 * 9.7%. See docs/models.md for the measurements.
 * <p>
 * Keys are trusted to tell values apart: two of 65,536 words share a 64-bit hash with odds of about one in
 * nine billion, and then the later word reads the earlier one's value.
 */
final class HashKeyedTable<V> {

    private final int capacity;
    private final int mask;
    /** 0 marks an empty slot; a key of 0 is stored as 1. Written after its value, so a reader that sees it sees both. */
    private final AtomicLongArray keys;
    private final AtomicReferenceArray<V> values;
    private int size;

    /** @param capacity the most values kept; later ones are not added */
    HashKeyedTable(int capacity) {
        this.capacity = capacity;
        int slots = Integer.highestOneBit(capacity) << 2;
        this.mask = slots - 1;
        this.keys = new AtomicLongArray(slots);
        this.values = new AtomicReferenceArray<>(slots);
    }

    /** The value kept for the key, or null. */
    V get(long key) {
        long k = stored(key);
        for (int slot = slotOf(k); ; slot = (slot + 1) & mask) {
            long at = keys.get(slot);
            if (at == k) {
                return values.get(slot);
            }
            if (at == 0) {
                return null;
            }
        }
    }

    /** Keeps the value unless the key has one or the table is full. */
    synchronized void putIfAbsent(long key, V value) {
        if (size >= capacity) {
            return;
        }
        long k = stored(key);
        int slot = slotOf(k);
        while (keys.get(slot) != 0) {
            if (keys.get(slot) == k) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        values.set(slot, value);
        keys.set(slot, k);
        size++;
    }

    private static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    private int slotOf(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
