package dev.mirsad.web;

import dev.mirsad.ingest.IngestProperties;
import dev.mirsad.operations.IngestOperations;
import dev.mirsad.operations.RunOutcome;
import dev.mirsad.operations.RunRequest;
import dev.mirsad.parse.InputFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts nights from the console on a thread of its own, since a night lasts far longer than a page
 * request. A refusal comes back at once (another run holds the lock, the night already completed);
 * a night that starts is followed on its page. The ingest lock keeps it from overlapping a night the
 * schedule or another process runs.
 */
@Component
@ConditionalOnWebApplication
public class NightLauncher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NightLauncher.class);
    /** How long a page waits for a refusal before it says the night has started. */
    private static final Duration REFUSAL_WAIT = Duration.ofSeconds(2);

    private final IngestOperations operations;
    private final IngestProperties properties;
    private final ExecutorService nights = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mirsad-console-night");
        thread.setDaemon(true);
        return thread;
    });

    public NightLauncher(IngestOperations operations, IngestProperties properties) {
        this.operations = operations;
        this.properties = properties;
    }

    /**
     * The night that has just ended, named after the day it began: at 02:00 that is yesterday, and a
     * catch-up run before 02:00 does not take the night still going (as jobs/mirsad-nightly.sh names it).
     */
    public static LocalDate lastNight(ZoneId zone) {
        return ZonedDateTime.now(zone).minusHours(2).toLocalDate().minusDays(1);
    }

    /** Runs the night that has just ended over the configured input folders. */
    public String runLastNight() {
        LocalDate night = lastNight(properties.timeZone());
        InputFolders inputs = InputFolders.of(properties.inputs().stream().map(Path::of).toList());
        return launch("the night of " + night, () -> {
            RunOutcome outcome = operations.run(new RunRequest(night, inputs, false));
            return outcome.kind() == RunOutcome.Kind.RAN ? "The night of " + night + " ran." : outcome.message();
        });
    }

    /** Restarts a failed or stopped execution where it stopped. */
    public String restart(long executionId) {
        return launch("execution " + executionId, () -> {
            operations.restart(executionId);
            return "Execution " + executionId + " was restarted.";
        });
    }

    private String launch(String what, Callable<String> night) {
        Future<String> started = nights.submit(() -> {
            try {
                return night.call();
            } catch (Exception e) {
                log.error("Console: {} could not run: {}", what, e.getMessage(), e);
                throw e;
            }
        });
        try {
            return started.get(REFUSAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException running) {
            return "Started " + what + ": it runs now; this page shows its progress.";
        } catch (ExecutionException e) {
            return "Could not start " + what + ": " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted while starting " + what + ".";
        }
    }

    @Override
    public void close() {
        nights.shutdownNow();
    }
}
