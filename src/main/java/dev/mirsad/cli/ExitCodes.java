package dev.mirsad.cli;

import dev.mirsad.operations.RunOutcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Exit codes a scheduler can branch on (README, "Exit codes"). */
public final class ExitCodes {

    public static final int COMPLETED = 0;
    /** Start-up or unexpected error: database unreachable, configuration wrong. */
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int COMPLETED_WITH_REJECTIONS = 3;
    public static final int STOPPED = 4;
    public static final int FAILED = 5;
    public static final int ALREADY_RUNNING = 6;
    public static final int ALREADY_COMPLETED = 7;

    private ExitCodes() {
    }

    static int of(RunOutcome outcome, long rejectedFiles) {
        return switch (outcome.kind()) {
            case ALREADY_RUNNING -> ALREADY_RUNNING;
            case ALREADY_COMPLETED -> ALREADY_COMPLETED;
            case RAN -> of(outcome.execution(), rejectedFiles);
        };
    }

    static int of(JobExecution execution, long rejectedFiles) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return rejectedFiles > 0 ? COMPLETED_WITH_REJECTIONS : COMPLETED;
        }
        return status == BatchStatus.STOPPED ? STOPPED : FAILED;
    }
}
