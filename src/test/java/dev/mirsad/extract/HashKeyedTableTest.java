package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashKeyedTableTest {

    @Test
    void findsWhatWasKeptAndNothingElse() {
        HashKeyedTable<String> table = new HashKeyedTable<>(8);
        for (long key = 1; key <= 8; key++) {
            table.putIfAbsent(key * 1_000_003L, "value " + key);
        }

        assertThat(table.get(3 * 1_000_003L)).isEqualTo("value 3");
        assertThat(table.get(8 * 1_000_003L)).isEqualTo("value 8");
        assertThat(table.get(9 * 1_000_003L)).isNull();
    }

    @Test
    void keepsTheFirstValueOfAKey() {
        HashKeyedTable<String> table = new HashKeyedTable<>(4);
        table.putIfAbsent(42, "first");
        table.putIfAbsent(42, "second");

        assertThat(table.get(42)).isEqualTo("first");
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        HashKeyedTable<String> table = new HashKeyedTable<>(2);
        table.putIfAbsent(10, "a");
        table.putIfAbsent(20, "b");
        table.putIfAbsent(30, "c");

        assertThat(table.get(20)).isEqualTo("b");
        assertThat(table.get(30)).isNull();
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        HashKeyedTable<String> table = new HashKeyedTable<>(4);
        table.putIfAbsent(0, "zero");

        assertThat(table.get(0)).isEqualTo("zero");
    }

    @Test
    void keysOfOneSlotAreAllFound() {
        HashKeyedTable<String> table = new HashKeyedTable<>(16);
        // Keys that differ only above the bits the slot is taken from land in one slot and probe on.
        long step = 1L << 40;
        for (long k = 1; k <= 5; k++) {
            table.putIfAbsent(k * step * 64, "v" + k);
        }

        for (long k = 1; k <= 5; k++) {
            assertThat(table.get(k * step * 64)).isEqualTo("v" + k);
        }
    }
}
