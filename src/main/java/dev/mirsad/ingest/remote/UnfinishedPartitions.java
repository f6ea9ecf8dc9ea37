package dev.mirsad.ingest.remote;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Says, when a manager's import step fails, which partitions did not finish and what to do: Spring
 * Batch's own message is a bare timeout or "Partition handler returned an unsuccessful step".
 */
final class UnfinishedPartitions implements StepExecutionListener {

    private final JobRepository jobRepository;
    private final PartitioningProperties partitioning;
    private final ConnectionFactory broker;

    UnfinishedPartitions(JobRepository jobRepository, PartitioningProperties partitioning, ConnectionFactory broker) {
        this.jobRepository = jobRepository;
        this.partitioning = partitioning;
        this.broker = broker;
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (!ExitStatus.FAILED.getExitCode().equals(manager.getExitStatus().getExitCode())) {
            return null;
        }
        List<StepExecution> partitions = jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()
                .stream()
                .filter(step -> step.getStepName().startsWith(PartitionManagerConfiguration.WORKER_STEP + ":"))
                .toList();
        List<String> running = describe(partitions.stream().filter(step -> step.getStatus().isRunning()).toList());
        List<String> failed = describe(partitions.stream().filter(step -> step.getStatus().isUnsuccessful()).toList());
        boolean timedOut = manager.getFailureExceptions().stream().anyMatch(e -> e instanceof TimeoutException);
        boolean unsent = manager.getFailureExceptions().stream().anyMatch(UnfinishedPartitions::fromBroker);
        if (!timedOut && !unsent && failed.isEmpty()) {
            return null;
        }
        List<String> message = new ArrayList<>();
        if (unsent) {
            message.add("Could not send the partitions to the broker at " + broker.getHost() + ":" + broker.getPort()
                    + ": check that it runs, and SPRING_RABBITMQ_HOST, _PORT, _USERNAME and _PASSWORD.");
        }
        if (timedOut) {
            message.add("No worker finished " + running.size() + " of " + partitions.size() + " partitions within "
                    + partitioning.timeout() + ": " + running + ". STARTING: no worker took it; start workers"
                    + " (mirsad worker) on the same broker queue '" + partitioning.queue() + "' and database."
                    + " STARTED: its worker died or is still at it.");
        }
        if (!failed.isEmpty()) {
            message.add("Failed or stopped: " + failed + ".");
        }
        message.add("Run the night again: it sends only the partitions that did not complete, and they import only"
                + " what is left.");
        // The night's failure is printed from its exceptions: this one says what Spring Batch's do not.
        String explained = String.join(" ", message);
        manager.addFailureException(new UnfinishedPartitionsException(explained));
        return ExitStatus.FAILED.addExitDescription(explained);
    }

    /** Which partitions of a manager's night did not finish, and what to do about them. */
    static final class UnfinishedPartitionsException extends RuntimeException {

        UnfinishedPartitionsException(String message) {
            super(message);
        }
    }

    private static boolean fromBroker(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AmqpException) {
                return true;
            }
        }
        return false;
    }

    private static List<String> describe(List<StepExecution> partitions) {
        return partitions.stream().map(step -> step.getStepName() + " " + step.getStatus()).toList();
    }
}
