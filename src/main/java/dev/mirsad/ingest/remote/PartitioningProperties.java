package dev.mirsad.ingest.remote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How one night is spread over several processes, under {@code mirsad.partitioning.*}; the broker itself is
 * Spring Boot's {@code spring.rabbitmq.*} ({@code SPRING_RABBITMQ_HOST} and so on).
 *
 * @param partitions slices of the manifest the manager sends to the workers; 0 runs the night in one process
 * @param worker whether this process takes partitions from the broker ({@code mirsad worker})
 * @param queue the broker's queue of partition requests, shared by the manager and its workers
 * @param timeout how long the manager waits for every partition to finish before the night ends FAILED
 * @param pollInterval how often the manager reads the partitions' state from the database
 */
@ConfigurationProperties("mirsad.partitioning")
public record PartitioningProperties(
        @DefaultValue("0") int partitions,
        @DefaultValue("false") boolean worker,
        @DefaultValue("mirsad.import-partitions") String queue,
        @DefaultValue("6h") Duration timeout,
        @DefaultValue("2s") Duration pollInterval) {
}
