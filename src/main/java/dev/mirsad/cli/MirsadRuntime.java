package dev.mirsad.cli;

import dev.mirsad.MirsadApplication;
import dev.mirsad.database.EmbeddedMariaDb;
import dev.mirsad.ingest.RunningExecutions;
import dev.mirsad.ingest.remote.PartitionWorker;
import dev.mirsad.operations.DatabaseAddress;
import dev.mirsad.operations.DatabaseOutages;
import dev.mirsad.operations.IngestOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database and the Spring context one CLI command works with. With no database configured it
 * starts the embedded MariaDB under the data folder. Closed on every exit path: by the command when
 * it ends, or by the shutdown hook on SIGTERM/Ctrl-C, which first stops running jobs at a chunk
 * boundary so they end STOPPED and can be restarted.
 */
public final class MirsadRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MirsadRuntime.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    private final EmbeddedMariaDb embedded;
    private final ConfigurableApplicationContext context;
    private final Thread shutdownHook = new Thread(this::shutDownGracefully, "mirsad-shutdown");
    private boolean closed;

    private MirsadRuntime(EmbeddedMariaDb embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    /**
     * @param properties Spring properties that win over every other source (tests name their database here)
     */
    public static MirsadRuntime open(Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>(properties);
        EmbeddedMariaDb embedded = null;
        if (configured(settings, "spring.datasource.url", "SPRING_DATASOURCE_URL") == null) {
            String dataDir = configured(settings, "mirsad.data-dir", "MIRSAD_DATA_DIR");
            Path root = Path.of(dataDir == null ? "data" : dataDir, "mariadb");
            log.info("No database configured (SPRING_DATASOURCE_URL): starting the embedded MariaDB under {}", root);
            embedded = EmbeddedMariaDb.start(root);
            settings.put("spring.datasource.url", embedded.jdbcUrl());
            settings.put("spring.datasource.username", "root");
            settings.put("spring.datasource.password", "");
        }
        try {
            List<String> args = new ArrayList<>();
            settings.forEach((key, value) -> args.add("--" + key + "=" + value));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(MirsadApplication.class)
                    .registerShutdownHook(false)
                    .run(args.toArray(String[]::new));
            MirsadRuntime runtime = new MirsadRuntime(embedded, context);
            Runtime.getRuntime().addShutdownHook(runtime.shutdownHook);
            return runtime;
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            if (DatabaseOutages.isConnectionLoss(e)) {
                throw new DatabaseUnreachableException(DatabaseAddress.of(
                        configured(settings, "spring.datasource.url", "SPRING_DATASOURCE_URL")), e);
            }
            throw e;
        }
    }

    /** Whether the properties, a system property or the environment name a database (else the embedded one starts). */
    static boolean databaseConfigured(Map<String, String> properties) {
        return configured(properties, "spring.datasource.url", "SPRING_DATASOURCE_URL") != null;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook closes everything once running jobs have stopped.
            return;
        }
        release();
    }

    private void shutDownGracefully() {
        context.getBeanProvider(PartitionWorker.class).ifAvailable(this::stopPartition);
        RunningExecutions running = context.getBean(RunningExecutions.class);
        IngestOperations operations = context.getBean(IngestOperations.class);
        for (JobExecution execution : running.current()) {
            log.warn("Shutdown requested: stopping execution {} at the next chunk boundary", execution.getId());
            try {
                operations.stop(execution.getId());
            } catch (Exception e) {
                log.warn("Could not stop execution {}: {}", execution.getId(), e.getMessage());
            }
        }
        try {
            if (!running.awaitNone(GRACEFUL_STOP)) {
                log.warn("Jobs did not stop within {} s; after exit run: mirsad recover <id>, then mirsad restart <id>",
                        GRACEFUL_STOP.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release();
    }

    /** A worker's partition ends STOPPED at its next chunk boundary, so a rerun of the night finishes it. */
    private void stopPartition(PartitionWorker worker) {
        if (!worker.stopRunning()) {
            return;
        }
        log.warn("Shutdown requested: stopping this worker's partition at the next chunk boundary");
        long deadline = System.nanoTime() + GRACEFUL_STOP.toNanos();
        try {
            while (worker.idle().isZero() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void release() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** A setting from the given properties, a system property or the environment, or null. */
    private static String configured(Map<String, String> properties, String property, String environment) {
        String value = properties.getOrDefault(property, System.getProperty(property, System.getenv(environment)));
        return value == null || value.isBlank() ? null : value;
    }
}
