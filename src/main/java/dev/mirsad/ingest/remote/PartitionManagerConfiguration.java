package dev.mirsad.ingest.remote;

import dev.mirsad.ingest.manifest.ContentHashPartitioner;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A night run as a manager ({@code mirsad run --partitions N}): Spring Batch's remote partitioning. The
 * import step cuts the manifest into N slices by content hash, sends one request per slice to the
 * broker's queue, and polls the shared database until the workers have finished every slice. The
 * requests carry only the partition's step execution id; everything else is in the database.
 */
@Configuration
@EnableIntegration
@ConditionalOnExpression("${mirsad.partitioning.partitions:0} > 0")
public class PartitionManagerConfiguration {

    /** The name the partitions' step executions take after ("importStep:partition0000"), and the step workers run. */
    public static final String WORKER_STEP = "importStep";

    @Bean
    public Queue partitionRequestQueue(PartitioningProperties partitioning) {
        return new Queue(partitioning.queue(), true);
    }

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate broker,
                                                     PartitioningProperties partitioning) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(broker).routingKey(partitioning.queue()))
                .get();
    }

    @Bean
    public PartitionedImport partitionedImport(JobRepository jobRepository, DirectChannel partitionRequests,
                                               PartitioningProperties partitioning, ConnectionFactory broker,
                                               BeanFactory beanFactory) {
        // The manager's step takes the import's name: its partitions are named after it ("importStep:partition0000",
        // what UnfinishedPartitions looks for), and a night's steps read the same in one process or on workers.
        return new PartitionedImport(new RemotePartitioningManagerStepBuilder(WORKER_STEP, jobRepository)
                .partitioner(WORKER_STEP, new ContentHashPartitioner())
                .gridSize(partitioning.partitions())
                .outputChannel(partitionRequests)
                .pollInterval(partitioning.pollInterval().toMillis())
                .timeout(partitioning.timeout().toMillis())
                .listener(new UnfinishedPartitions(jobRepository, partitioning, broker))
                .beanFactory(beanFactory)
                .build());
    }
}
