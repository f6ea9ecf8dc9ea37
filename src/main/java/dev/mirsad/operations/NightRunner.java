package dev.mirsad.operations;

import dev.mirsad.ingest.IngestPipeline;
import dev.mirsad.ingest.RunningExecutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Runs a night to its end through database outages. A night whose connections break (a server
 * restart, a failover) waits for the database with growing pauses, up to {@code mirsad.database-wait};
 * when it answers, the night is marked failed where the outage left it and restarted where it
 * stopped, as often as outages come within that wait. Restarting is safe because every file's
 * article, facts and manifest outcome commit together. A night still without its database at the
 * end of the wait ends with {@link DatabaseLostException}.
 */
@Component
public class NightRunner {

    private static final Logger log = LoggerFactory.getLogger(NightRunner.class);
    /** A database that answers yet keeps breaking the night's connections is not an outage to wait out. */
    private static final int MAX_RESUMPTIONS = 5;

    /** Starts or restarts a night. */
    @FunctionalInterface
    public interface Launch {
        JobExecution launch() throws Exception;
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunningExecutions running;
    private final DatabaseOutages database;

    public NightRunner(JobOperator jobOperator, JobRepository jobRepository, RunningExecutions running,
                       DatabaseOutages database) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.running = running;
        this.database = database;
    }

    /** @param lock the ingest lock the caller holds; renewed after an outage, which drops it */
    public JobExecution run(Launch launch, IngestLock.Held lock) throws Exception {
        Instant deadline = null;
        int resumptions = 0;
        Launch next = launch;
        while (true) {
            JobExecution execution;
            Throwable lost;
            try {
                execution = next.launch();
                if (!database.lostTheDatabase(execution)) {
                    return execution;
                }
                lost = execution.getAllFailureExceptions().stream().filter(DatabaseOutages::isConnectionLoss)
                        .findFirst().orElseThrow();
            } catch (RuntimeException e) {
                // The job repository could not even record the end: the exception escaped the job.
                if (!DatabaseOutages.isConnectionLoss(e) || running.current().isEmpty()) {
                    throw e;
                }
                execution = running.takeUnended().orElseThrow();
                execution.upgradeStatus(BatchStatus.FAILED);
                lost = e;
            }
            if (deadline == null) {
                deadline = Instant.now().plus(database.window());
            }
            if (++resumptions > MAX_RESUMPTIONS) {
                throw new DatabaseLostException(execution, "execution " + execution.getId() + " ended FAILED: it lost"
                        + " its connections to the database at " + database.address() + " " + MAX_RESUMPTIONS
                        + " times (" + DatabaseOutages.causeOf(lost) + "). When the database is stable again, run"
                        + " the same date to resume the night: mirsad run --date " + runDateOf(execution), lost);
            }
            log.warn("Execution {} lost the database at {} ({}); waiting until {} for it to answer again",
                    execution.getId(), database.address(), DatabaseOutages.causeOf(lost), deadline);
            if (!database.awaitReachable(deadline)) {
                throw new DatabaseLostException(execution, "execution " + execution.getId() + " ended FAILED: the"
                        + " database at " + database.address() + " did not answer for " + database.window().toSeconds()
                        + " s (" + DatabaseOutages.causeOf(lost) + "). When it answers again, run the same date to"
                        + " resume the night: mirsad run --date " + runDateOf(execution), lost);
            }
            if (!lock.renew()) {
                throw new AlreadyRunningException("Execution " + execution.getId() + " lost the database, and while"
                        + " it was away another Mirsad process took the ingest lock; only one run at a time. Once"
                        + " that run ends, run the same date again: mirsad run --date " + runDateOf(execution));
            }
            JobExecution stored = markFailed(execution.getId(), "the database connection was lost");
            log.warn("The database at {} answers again: resuming execution {} where it stopped",
                    database.address(), execution.getId());
            next = () -> jobOperator.restart(stored);
        }
    }

    /**
     * Marks an execution, and each of its steps, that an outage or a crash left STARTED, STOPPING or
     * UNKNOWN as FAILED, so Spring Batch restarts it. The caller holds the ingest lock, so no live
     * process runs it.
     */
    public JobExecution markFailed(long executionId, String why) {
        JobExecution stored = jobRepository.getJobExecution(executionId);
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : stored.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(step.getEndTime() != null ? step.getEndTime() : now);
                jobRepository.update(step);
            }
        }
        if (stored.getStatus().isRunning() || stored.getStatus() == BatchStatus.UNKNOWN) {
            stored.setStatus(BatchStatus.FAILED);
            stored.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            stored.setEndTime(stored.getEndTime() != null ? stored.getEndTime() : now);
            jobRepository.update(stored);
        }
        return jobRepository.getJobExecution(executionId);
    }

    private static Object runDateOf(JobExecution execution) {
        return execution.getJobParameters().getLocalDate(IngestPipeline.RUN_DATE);
    }
}
