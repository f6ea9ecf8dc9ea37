package dev.mirsad.ingest.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

import java.util.List;

/**
 * A worker ({@code mirsad worker}): takes partition requests from the broker's queue one at a time and
 * runs the night's import step on each partition's slice, against the shared database. A request is
 * acknowledged when its partition ends, so one taken by a worker that dies goes back to the queue.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = "mirsad.partitioning.worker", havingValue = "true")
public class PartitionWorkerConfiguration {

    @Bean
    public Queue workerRequestQueue(PartitioningProperties partitioning) {
        return new Queue(partitioning.queue(), true);
    }

    @Bean
    public PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactory beanFactory) {
        return new PartitionWorker(jobRepository, beanFactory);
    }

    @Bean
    public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory broker, PartitioningProperties partitioning,
                                                       PartitionWorker worker) {
        // Requests are Java-serialized: only the one class of them is let in.
        SimpleMessageConverter requests = new SimpleMessageConverter();
        requests.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
        return IntegrationFlow.from(Amqp.inboundAdapter(broker, partitioning.queue())
                        .messageConverter(requests)
                        .configureContainer(container -> container.prefetchCount(1).concurrentConsumers(1)))
                .handle(worker, "run")
                .get();
    }
}
