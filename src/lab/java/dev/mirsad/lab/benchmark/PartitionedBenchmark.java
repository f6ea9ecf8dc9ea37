package dev.mirsad.lab.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a first night of a corpus as separate JVMs of the operator's jar, as an operator would: one process, or
 * a manager with one or more workers taking partitions from the broker. Each night gets a new database on the
 * same server. It reads the CPU time of every process (the manager, the workers, the database server, the
 * broker) from outside, and the partitions' times from Spring Batch's tables, and prints them; it asserts nothing.
 */
public final class PartitionedBenchmark {

    /**
     * @param server JDBC address of the database server, without a database: {@code jdbc:mysql://host:port}
     * @param queue the broker queue the manager and workers of the benchmark share
     */
    public record Setup(Path jar, Path corpus, String server, String username, String password, String heap,
                        String queue, Path logs, boolean keepDatabases) {
    }

    private static final String NIGHT = "2000-01-01";
    private static final List<String> DATABASE_SERVERS = List.of("mariadbd", "mysqld");
    private static final List<String> BROKERS = List.of("beam.smp");
    private static final String WORKER_READY = "Waiting for partitions";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Setup setup;
    private final PrintWriter out;

    public PartitionedBenchmark(Setup setup, PrintWriter out) {
        this.setup = setup;
        this.out = out;
    }

    /** One night with {@code workers} workers and {@code partitions} partitions; 0 workers is one process. */
    public NightFigures run(int workers, int partitions) throws Exception {
        // This process's id keeps two benchmarks on one server apart.
        String database = "mirsad_bench_" + ProcessHandle.current().pid() + "_w" + workers + "_p" + partitions;
        recreate(database);
        Map<String, String> environment = environment(database);
        String name = workers == 0 ? "one-process" : "w" + workers + "-p" + partitions;
        List<Process> workerProcesses = new ArrayList<>();
        try {
            // The schema first, so that the workers and the manager do not all start by migrating it.
            awaitExit(start(environment, name + "-schema", List.of("status")), name + "-schema");
            for (int worker = 1; worker <= workers; worker++) {
                workerProcesses.add(start(environment, name + "-worker" + worker, List.of("worker")));
            }
            for (int worker = 1; worker <= workers; worker++) {
                awaitReady(workerProcesses.get(worker - 1), log(name + "-worker" + worker));
            }
            List<Long> databaseServer = ProcessCpu.pidsNamed(DATABASE_SERVERS);
            List<Long> broker = ProcessCpu.pidsNamed(BROKERS);
            List<Long> workerPids = workerProcesses.stream().map(Process::pid).toList();
            Duration machineBefore = ProcessCpu.machineBusy();
            long databaseBefore = ProcessCpu.nanosOf(databaseServer);
            long brokerBefore = ProcessCpu.nanosOf(broker);
            long workersBefore = ProcessCpu.nanosOf(workerPids);
            long endedBefore = ProcessCpu.endedChildrenNanos();
            long started = System.nanoTime();
            List<String> run = new ArrayList<>(List.of("run", "--input", setup.corpus().toString(), "--date", NIGHT));
            if (workers > 0) {
                run.addAll(List.of("--partitions", Integer.toString(partitions)));
            }
            awaitExit(start(environment, name + "-manager", run), name + "-manager");
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            CpuShares cpu = new CpuShares(wall, ProcessCpu.machineBusy().minus(machineBefore),
                    Duration.ofNanos(ProcessCpu.endedChildrenNanos() - endedBefore),
                    Duration.ofNanos(ProcessCpu.nanosOf(workerPids) - workersBefore),
                    Duration.ofNanos(ProcessCpu.nanosOf(databaseServer) - databaseBefore),
                    Duration.ofNanos(ProcessCpu.nanosOf(broker) - brokerBefore));
            try (Connection connection = connect(database)) {
                NightFigures figures = new NightFigures(workers, partitions, NightRecord.read(connection), cpu);
                figures.print(out);
                return figures;
            }
        } finally {
            for (Process worker : workerProcesses) {
                worker.destroy();  // SIGTERM: an idle worker exits at once
            }
            for (Process worker : workerProcesses) {
                if (!worker.waitFor(1, TimeUnit.MINUTES)) {
                    worker.destroyForcibly();
                }
            }
            if (!setup.keepDatabases()) {
                drop(database);
            }
        }
    }

    /** The header: the corpus, the machine, and where the processes' logs go. */
    public void describe() throws IOException {
        long files = 0;
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(setup.corpus())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files++;
                bytes += Files.size(file);
            }
        }
        out.printf(Locale.ROOT, "Partitioned benchmark of %s: %d files, %.1f MB; %d cores; heap %s per JVM;"
                        + " database server %s (pids %s); broker pids %s; logs in %s%n",
                setup.corpus(), files, bytes / 1e6, Runtime.getRuntime().availableProcessors(), setup.heap(),
                setup.server(), ProcessCpu.pidsNamed(DATABASE_SERVERS), ProcessCpu.pidsNamed(BROKERS), setup.logs());
        // Connector/J reads MariaDB 10's version as 5.5.5 (its old replication prefix) and sends no fractions.
        out.println("Job, step and partition times are Spring Batch's, to the second where the server is MariaDB 10."
                + " CPU times are read from /proc at the manager's start and exit.");
        out.flush();
    }

    private Process start(Map<String, String> environment, String name, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + setup.heap(), "-jar",
                setup.jar().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitExit(Process process, String name) throws InterruptedException {
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + "; see " + log(name));
        }
    }

    private static void awaitReady(Process worker, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.exists(log) || !Files.readString(log).contains(WORKER_READY)) {
            if (!worker.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("A worker did not start; see " + log);
            }
            Thread.sleep(200);
        }
    }

    private Map<String, String> environment(String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", setup.server() + "/" + database + "?createDatabaseIfNotExist=true");
        environment.put("SPRING_DATASOURCE_USERNAME", setup.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", setup.password());
        environment.put("MIRSAD_PARTITIONING_QUEUE", setup.queue());
        return environment;
    }

    private Path log(String name) {
        return setup.logs().resolve(name + ".log");
    }

    private void recreate(String database) throws SQLException {
        drop(database);
        execute("CREATE DATABASE " + database);
    }

    private void drop(String database) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(setup.server() + "/" + database, setup.username(), setup.password());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
