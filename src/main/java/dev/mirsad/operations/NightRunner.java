package dev.mirsad.operations;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

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

    /**
     * @param runDate the night's date, to name it when it lost the database before it even started
     * @param lock the ingest lock the caller holds; renewed after an outage, which drops it
     */
    public JobExecution run(LocalDate runDate, Launch launch, IngestLock.Held lock) throws Exception {
        Instant deadline = null;
        int resumptions = 0;
        Launch retry = launch;
        Launch next = launch;
        while (true) {
            JobExecution startedBefore = running.latestStarted();
            JobExecution execution;
            Throwable lost;
            try {
                JobExecution ended = next.launch();
                if (!database.lostTheDatabase(ended)) {
                    return ended;
                }
                execution = ended;
                lost = ended.getAllFailureExceptions().stream().filter(DatabaseOutages::isConnectionLoss).findFirst()
                        .orElseGet(() -> new IllegalStateException("the night ended " + ended.getStatus()));
            } catch (Exception e) {
                if (!DatabaseOutages.isConnectionLoss(e)) {
                    throw e;
                }
                // The exception escaped the job: it could not record its end, or the night not even begin.
                execution = running.latestStarted() == startedBefore ? null : running.latestStarted();
                if (execution != null) {
                    running.forget(execution);
                    execution.upgradeStatus(BatchStatus.FAILED);
                }
                lost = e;
            }
            String night = execution == null ? "The night of " + runDate : "Execution " + execution.getId();
            if (deadline == null) {
                deadline = Instant.now().plus(database.window());
            }
            if (++resumptions > MAX_RESUMPTIONS) {
                throw new DatabaseLostException(ended(night) + ": it lost its connections to the database"
                        + " at " + database.address() + " " + MAX_RESUMPTIONS + " times (" + DatabaseOutages.causeOf(lost)
                        + "). When the database is stable again, run the same date to resume the night: mirsad run"
                        + " --date " + runDate, lost);
            }
            log.warn("{} lost the database at {} ({}); waiting until {} for it to answer again",
                    night, database.address(), DatabaseOutages.causeOf(lost), deadline);
            if (!database.awaitReachable(deadline)) {
                throw new DatabaseLostException(ended(night) + ": the database at " + database.address()
                        + " did not answer for " + database.window().toSeconds() + " s (" + DatabaseOutages.causeOf(lost)
                        + "). When it answers again, run the same date to resume the night: mirsad run --date "
                        + runDate, lost);
            }
            log.warn("The database at {} answers again: {} where it stopped", database.address(),
                    execution == null ? "going on with the night of " + runDate : "resuming execution " + execution.getId());
            if (execution != null) {
                long id = execution.getId();
                retry = () -> jobOperator.restart(markFailed(id, "the database connection was lost"));
            }
            Launch afterOutage = retry;
            // Everything after the outage is inside the launch, so a database that goes away again is waited for again.
            next = () -> {
                if (!lock.renew()) {
                    throw new AlreadyRunningException(night + " lost the database, and while it was away another"
                            + " Mirsad process took the ingest lock; only one run at a time. Once that run ends,"
                            + " run the same date again: mirsad run --date " + runDate);
                }
                return afterOutage.launch();
            };
        }
    }

    private static String ended(String night) {
        return night.substring(0, 1).toLowerCase(Locale.ROOT) + night.substring(1) + " ended FAILED";
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

}
