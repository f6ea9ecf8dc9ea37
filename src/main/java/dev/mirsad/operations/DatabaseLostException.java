package dev.mirsad.operations;

import org.springframework.batch.core.job.JobExecution;

/** A night that lost its database and did not get it back within the wait (exit code 5: failed). */
public class DatabaseLostException extends RuntimeException {

    private final transient JobExecution execution;

    public DatabaseLostException(JobExecution execution, String message, Throwable cause) {
        super(message, cause);
        this.execution = execution;
    }

    public JobExecution execution() {
        return execution;
    }
}
