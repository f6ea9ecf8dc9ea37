package dev.mirsad.ingest.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.dao.EmptyResultDataAccessException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the partitions a worker takes from the broker, one at a time, as Spring Batch's
 * StepExecutionRequestHandler does, with three differences. It skips a request whose partition is no
 * longer waiting to start (a request delivered twice, or one left in the queue by a night that has
 * since failed), so no slice is imported by two workers at once. It records a failure in the database,
 * where the polling manager reads it. And it can stop its partition at the next chunk boundary when the
 * worker shuts down, so the partition ends STOPPED and a rerun of the night finishes it.
 */
public final class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final BeanFactory steps;
    private final AtomicReference<StepExecution> running = new AtomicReference<>();
    private volatile Instant idleSince = Instant.now();
    private volatile boolean closing;
    private volatile int finished;

    PartitionWorker(JobRepository jobRepository, BeanFactory steps) {
        this.jobRepository = jobRepository;
        this.steps = steps;
    }

    public void run(StepExecutionRequest request) {
        if (closing) {
            // Thrown back to the listener, the request returns to the queue for another worker.
            throw new IllegalStateException("this worker is shutting down: the request for step execution "
                    + request.getStepExecutionId() + " goes back to the queue");
        }
        if (!PartitionManagerConfiguration.WORKER_STEP.equals(request.getStepName())) {
            // Only the import is ever partitioned: a request for any other step is not the manager's.
            log.warn("Skipping a request for step '{}': workers run only {}", request.getStepName(),
                    PartitionManagerConfiguration.WORKER_STEP);
            return;
        }
        StepExecution partition = partitionOf(request);
        if (partition == null || partition.getStatus() != BatchStatus.STARTING
                || !partition.getJobExecution().getStatus().isRunning()) {
            log.info("Skipping the request for step execution {}: {}", request.getStepExecutionId(), partition == null
                    ? "it is not in the database" : partition.getStepName() + " is " + partition.getStatus()
                    + " in a night that is " + partition.getJobExecution().getStatus());
            return;
        }
        log.info("Importing {} of execution {}", partition.getStepName(), partition.getJobExecutionId());
        running.set(partition);
        try {
            steps.getBean(PartitionManagerConfiguration.WORKER_STEP, Step.class).execute(partition);
        } catch (JobInterruptedException e) {
            partition.setStatus(BatchStatus.STOPPED);
            jobRepository.update(partition);
        } catch (Throwable e) {
            partition.addFailureException(e);
            partition.setStatus(BatchStatus.FAILED);
            jobRepository.update(partition);
        } finally {
            running.set(null);
            finished++;
            idleSince = Instant.now();
        }
        log.info("{} of execution {} ended {}", partition.getStepName(), partition.getJobExecutionId(),
                partition.getStatus());
    }

    private StepExecution partitionOf(StepExecutionRequest request) {
        try {
            return jobRepository.getStepExecution(request.getStepExecutionId());
        } catch (EmptyResultDataAccessException unknown) {
            // Batch 6.0's JDBC repository throws where its contract says null: a request from another database.
            return null;
        }
    }

    /** How long no partition has run; zero while one runs. */
    public Duration idle() {
        return running.get() != null ? Duration.ZERO : Duration.between(idleSince, Instant.now());
    }

    /** Partitions run to their end, whatever it was, since the worker started. */
    public int finished() {
        return finished;
    }

    /**
     * Takes no more partitions, and asks the running one, if any, to stop at its next chunk boundary;
     * true if there was one.
     */
    public boolean stopRunning() {
        closing = true;
        StepExecution partition = running.get();
        if (partition != null) {
            partition.setTerminateOnly();
        }
        return partition != null;
    }
}
