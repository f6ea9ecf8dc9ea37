package dev.mirsad.operations;

import org.springframework.batch.core.job.JobExecution;

/**
 * What became of a request to run: an execution that ran (to whatever end), or a refusal.
 *
 * @param execution the execution that ran, or the one that caused the refusal (may be null)
 */
public record RunOutcome(Kind kind, JobExecution execution, String message) {

    public enum Kind { RAN, ALREADY_RUNNING, ALREADY_COMPLETED }

    static RunOutcome ran(JobExecution execution, String message) {
        return new RunOutcome(Kind.RAN, execution, message);
    }

    static RunOutcome refused(Kind kind, JobExecution execution, String message) {
        return new RunOutcome(kind, execution, message);
    }
}
