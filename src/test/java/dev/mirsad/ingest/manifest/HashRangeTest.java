package dev.mirsad.ingest.manifest;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashRangeTest {

    @Test
    void slicesCoverEveryPrefixOnceInOrder() {
        for (int count : new int[] {1, 2, 3, 7, 64, 1000}) {
            List<HashRange> slices = HashRange.split(count);
            assertThat(slices).hasSize(count);
            assertThat(slices.get(0).from()).isZero();
            assertThat(slices.get(count - 1).to()).isEqualTo(HashRange.PREFIXES);
            for (int k = 1; k < count; k++) {
                assertThat(slices.get(k).from()).as("slice %d starts where %d ends", k, k - 1)
                        .isEqualTo(slices.get(k - 1).to());
            }
        }
        assertThat(HashRange.split(1)).containsExactly(HashRange.ALL);
        assertThat(HashRange.split(2).get(1)).hasToString("8000-ffff");
    }

    @Test
    void refusesCountsThatCannotCut() {
        assertThatThrownBy(() -> HashRange.split(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashRange.split(HashRange.PREFIXES + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartitionReadsBackItsSliceAndAStepOutsideOneReadsAll() {
        Map<String, ExecutionContext> partitions = new ContentHashPartitioner().partition(3);

        assertThat(partitions.keySet()).containsExactly("partition0000", "partition0001", "partition0002");
        assertThat(partitions.values().stream().map(ContentHashPartitioner::sliceOf).toList())
                .isEqualTo(HashRange.split(3));
        assertThat(ContentHashPartitioner.sliceOf(new ExecutionContext())).isEqualTo(HashRange.ALL);
    }
}
