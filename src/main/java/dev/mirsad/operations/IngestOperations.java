package dev.mirsad.operations;

import dev.mirsad.ingest.NightParameters;
import dev.mirsad.parse.InputFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs, restarts, recovers and stops nights of the ingest job. A night is a run date: running a
 * date whose last execution failed or stopped restarts it where it stopped; a completed date is
 * only run again on request (reprocess), as a new pass with its own identifying parameter.
 */
@Service
public class IngestOperations {

    private static final Logger log = LoggerFactory.getLogger(IngestOperations.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final IngestLock lock;
    private final NightRunner nights;

    public IngestOperations(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, IngestLock lock,
                            NightRunner nights) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.lock = lock;
        this.nights = nights;
    }

    public RunOutcome run(RunRequest request) throws Exception {
        Optional<IngestLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            return RunOutcome.refused(RunOutcome.Kind.ALREADY_RUNNING, runningExecution().orElse(null),
                    runningElsewhere());
        }
        try (IngestLock.Held locked = held.get()) {
            String healed = markFailedWhatACrashLeftRunning();
            RunOutcome outcome = runHoldingTheLock(request, locked);
            return healed.isEmpty() ? outcome : new RunOutcome(outcome.kind(), outcome.execution(),
                    healed + "\n" + outcome.message());
        }
    }

    private RunOutcome runHoldingTheLock(RunRequest request, IngestLock.Held locked) throws Exception {
        Optional<JobExecution> last = lastExecutionOf(request.runDate());
        if (last.isPresent() && !request.reprocess()) {
            JobExecution previous = last.get();
            BatchStatus status = previous.getStatus();
            if (status == BatchStatus.COMPLETED) {
                return RunOutcome.refused(RunOutcome.Kind.ALREADY_COMPLETED, previous,
                        "The night of " + request.runDate() + " already completed (execution " + previous.getId()
                                + "); nothing changed. Use --reprocess to run it again.");
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN) {
                // UNKNOWN: an outage kept Spring Batch from knowing whether a chunk committed. Each file's
                // article and manifest outcome commit together, so the manifest knows, and a restart is safe.
                JobExecution restartable = nights.markFailed(previous.getId(), "left " + status
                        + " when its process lost the database");
                return RunOutcome.ran(nights.run(request.runDate(), () -> jobOperator.restart(restartable), locked),
                        "Restarted the night of " + request.runDate() + " (execution " + previous.getId() + " had "
                                + status + ") where it stopped.");
            }
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate(NightParameters.RUN_DATE, request.runDate())
                .addJobParameter(NightParameters.INPUTS, request.inputs(), InputFolders.class, false);
        if (request.reprocess() || last.isPresent()) {
            // A new pass over a date needs a new identity: the job has no incrementer (it would break restarts).
            parameters.addLong(NightParameters.PASS, System.currentTimeMillis());
        }
        JobParameters night = parameters.toJobParameters();
        return RunOutcome.ran(nights.run(request.runDate(), () -> jobOperator.start(ingestJob, night), locked),
                "Ran the night of " + request.runDate() + ".");
    }

    /** @throws AlreadyRunningException if a run is going in another process */
    public JobExecution restart(long executionId) throws Exception {
        existing(executionId);
        Optional<IngestLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            throw new AlreadyRunningException(runningElsewhere());
        }
        try (IngestLock.Held locked = held.get()) {
            markFailedWhatACrashLeftRunning();
            // A FAILED night whose step an outage kept from recording its end would be refused as running.
            JobExecution restartable = nights.markFailed(executionId, "left running when its process lost the database");
            return nights.run(runDateOf(restartable.getJobParameters()), () -> jobOperator.restart(restartable), locked);
        }
    }

    /**
     * Holding the ingest lock proves that no live process runs an execution still marked running: a
     * kill -9, a power loss or a lost database left it so. It is marked FAILED, to be resumed by a
     * rerun of its date.
     *
     * @return what was done, for the run's output, or an empty string
     */
    private String markFailedWhatACrashLeftRunning() {
        Optional<JobExecution> left = runningExecution();
        if (left.isEmpty()) {
            return "";
        }
        JobExecution crashed = left.get();
        nights.markFailed(crashed.getId(), "left " + crashed.getStatus() + " by a process that no longer runs it");
        String message = "Execution " + crashed.getId() + " (night of " + runDateOf(crashed.getJobParameters())
                + ") was still marked " + crashed.getStatus() + " since " + crashed.getStartTime() + ", but no Mirsad"
                + " process ran it (it crashed, was killed or lost its database): marked it FAILED. Its night"
                + " resumes with: mirsad run --date " + runDateOf(crashed.getJobParameters());
        log.warn(message);
        return message;
    }

    public Optional<JobExecution> lastFailed() {
        return jobRepository.findJobInstances(NightParameters.JOB_NAME).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(Objects::nonNull)
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    /**
     * Marks an execution that a crash left STARTED as failed, so it can be restarted.
     *
     * @throws AlreadyRunningException if a live process holds the ingest lock: the execution may really be running
     */
    public JobExecution recover(long executionId) throws SQLException {
        JobExecution execution = existing(executionId);
        if (!execution.getStatus().isRunning()) {
            throw new IllegalArgumentException("Execution " + executionId + " is " + execution.getStatus()
                    + ", not left running: there is nothing to recover. Restart it with: mirsad restart " + executionId);
        }
        Optional<IngestLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            throw new AlreadyRunningException("Execution " + executionId + " is not left over from a crash: a live"
                    + " Mirsad process holds the ingest lock. Stop it with: mirsad stop " + executionId);
        }
        try (IngestLock.Held ignored = held.get()) {
            return jobOperator.recover(execution);
        }
    }

    /**
     * Asks a running execution, in this process or another, to stop at its next chunk boundary.
     *
     * <p>Only the job execution row is marked STOPPING; the running step reads it at its next commit
     * and ends STOPPED. {@link JobOperator#stop} also rewrites the step execution rows, which makes the
     * running step's next update fail on its stale version, so the night would end FAILED instead.
     */
    public void stop(long executionId) throws JobExecutionNotRunningException {
        JobExecution execution = existing(executionId);
        if (!execution.getStatus().isRunning()) {
            throw new JobExecutionNotRunningException("Execution " + executionId + " is " + execution.getStatus()
                    + ", not running: there is nothing to stop.");
        }
        execution.setStatus(BatchStatus.STOPPING);
        jobRepository.update(execution);
    }

    public Optional<JobExecution> runningExecution() {
        return jobRepository.findRunningJobExecutions(NightParameters.JOB_NAME).stream()
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    public JobExecution existing(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException unknown) {
            // The JDBC repository of Batch 6.0 throws here where its contract says null.
            execution = null;
        }
        if (execution == null) {
            throw new IllegalArgumentException("There is no job execution " + executionId
                    + ". See the recent ones with: mirsad status");
        }
        return execution;
    }

    private Optional<JobExecution> lastExecutionOf(LocalDate runDate) {
        return jobRepository.findJobInstances(NightParameters.JOB_NAME).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(Objects::nonNull)
                .filter(e -> runDate.equals(runDateOf(e.getJobParameters())))
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    private static LocalDate runDateOf(JobParameters parameters) {
        return parameters.getLocalDate(NightParameters.RUN_DATE);
    }

    private String runningElsewhere() {
        return runningExecution().map(running -> "Execution " + running.getId() + " (night of "
                        + runDateOf(running.getJobParameters()) + ") is " + running.getStatus() + " since "
                        + running.getStartTime() + " in another Mirsad process; only one run at a time.")
                .orElse("Another Mirsad process holds the ingest lock (it is starting or ending a night);"
                        + " only one run at a time.");
    }
}
