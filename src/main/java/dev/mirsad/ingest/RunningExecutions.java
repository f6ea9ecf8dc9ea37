package dev.mirsad.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The executions running in this JVM, so a shutdown can stop them at a chunk boundary and wait. */
@Component
public class RunningExecutions implements JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private volatile JobExecution latestStarted;

    @Override
    public void beforeJob(JobExecution execution) {
        latestStarted = execution;
        running.add(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
        synchronized (this) {
            notifyAll();
        }
    }

    /** The execution this JVM started last, running or not (null before the first). */
    public JobExecution latestStarted() {
        return latestStarted;
    }

    /** Forgets an execution whose launch threw: the job repository could not record its end. */
    public void forget(JobExecution execution) {
        afterJob(execution);
    }

    public List<JobExecution> current() {
        return List.copyOf(running);
    }

    /** @return whether every execution ended within the time given */
    public synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!running.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
