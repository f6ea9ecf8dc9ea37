package dev.mirsad.ingest.manifest;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a night's import into slices of the manifest by content hash ({@link HashRange}), one per
 * partition. The slice is kept in the partition's execution context, so a restarted partition reads the
 * same slice.
 */
public final class ContentHashPartitioner implements Partitioner {

    private static final String HASH_FROM = "hashFrom";
    private static final String HASH_TO = "hashTo";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<HashRange> slices = HashRange.split(gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int k = 0; k < slices.size(); k++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(HASH_FROM, slices.get(k).from());
            context.putInt(HASH_TO, slices.get(k).to());
            partitions.put(String.format("partition%04d", k), context);
        }
        return partitions;
    }

    /** The slice a step execution imports: its partition's, or the whole manifest outside a partition. */
    public static HashRange sliceOf(ExecutionContext context) {
        return context.containsKey(HASH_FROM)
                ? new HashRange(context.getInt(HASH_FROM), context.getInt(HASH_TO))
                : HashRange.ALL;
    }
}
