package dev.mirsad.ingest.imports;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads items on the step's thread and processes them ahead, on a pool of threads, returning the
 * results in reading order. Processing of the next chunk goes on while the step writes the current
 * one, so the cores parse and extract while the database writes; a chunk step with a task executor
 * (Spring Batch 6) instead idles its processing threads during every write.
 *
 * <p>Items read ahead but not yet written are not part of any saved state: the delegate must not
 * save a position ({@code saveState(false)}) and must select only the items still to do, so that a
 * restart reads from the first item whose chunk did not commit.
 */
public class ProcessingAheadReader<I, O> implements ItemStreamReader<O> {

    private final ItemStreamReader<I> delegate;
    private final ItemProcessor<I, O> processor;
    private final AsyncTaskExecutor executor;
    private final int window;
    private final Deque<Future<O>> ahead = new ArrayDeque<>();
    private boolean exhausted;

    /** @param window how many items may be read and processing at once; two chunks keep the pool busy during a write */
    public ProcessingAheadReader(ItemStreamReader<I> delegate, ItemProcessor<I, O> processor,
                                 AsyncTaskExecutor executor, int window) {
        this.delegate = delegate;
        this.processor = processor;
        this.executor = executor;
        this.window = window;
    }

    @Override
    public O read() throws Exception {
        while (true) {
            while (!exhausted && ahead.size() < window) {
                I item = readDelegate();
                if (item == null) {
                    exhausted = true;
                } else {
                    ahead.add(executor.submit(() -> processor.process(item)));
                }
            }
            Future<O> next = ahead.poll();
            if (next == null) {
                return null;
            }
            O result = resultOf(next);
            if (result != null) {
                return result;
            }
        }
    }

    /**
     * A failed read is not retried: a paging reader whose query failed may have moved past rows it
     * never returned, or take its empty page for the end. The step fails, and a restart reads again
     * the items still to do.
     */
    private I readDelegate() {
        try {
            return delegate.read();
        } catch (Exception e) {
            throw new ReadFailedException(e);
        }
    }

    /** The delegate reader failed; excluded from the step's retries. */
    public static final class ReadFailedException extends RuntimeException {
        ReadFailedException(Exception cause) {
            super("reading the items to process failed: " + cause.getMessage(), cause);
        }
    }

    private O resultOf(Future<O> next) throws Exception {
        try {
            return next.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw stopping;
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ahead.clear();
        exhausted = false;
        delegate.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        delegate.update(executionContext);
    }

    @Override
    public void close() {
        ahead.forEach(pending -> pending.cancel(true));
        ahead.clear();
        delegate.close();
    }
}
