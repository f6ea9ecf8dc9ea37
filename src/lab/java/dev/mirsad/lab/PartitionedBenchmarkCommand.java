package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.benchmark.NightFigures;
import dev.mirsad.lab.benchmark.PartitionedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "benchmark-partitioned", mixinStandardHelpOptions = true,
        description = {"Measures one night spread over processes: one process, then a manager with each number of",
                "workers and partitions given, every process a JVM of the operator's jar, every night into a new",
                "database on the server. Prints articles/s, the CPU of the manager, the workers, the database server",
                "and the broker (SPRING_RABBITMQ_*, inherited by the workers), the partitions' times and, for two",
                "partition counts, the cost of one more partition. Linux only: it reads CPU time from /proc."})
final class PartitionedBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The folder of articles.")
    private Path corpus;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/mirsad.jar",
            description = "The operator's jar the processes run (default: ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--workers", paramLabel = "N", split = ",", defaultValue = "0,1,2,3",
            description = "Numbers of workers to measure; 0 is one process without a broker"
                    + " (default: ${DEFAULT-VALUE}).")
    private List<Integer> workers;

    @Option(names = "--partitions", paramLabel = "N", split = ",", defaultValue = "12",
            description = "Partition counts for each number of workers (default: ${DEFAULT-VALUE}).")
    private List<Integer> partitions;

    @Option(names = "--server", paramLabel = "JDBC_URL", defaultValue = "jdbc:mysql://127.0.0.1:3306",
            description = "The database server, without a database; each night creates and drops mirsad_bench_*"
                    + " (default: ${DEFAULT-VALUE}). User and password: SPRING_DATASOURCE_USERNAME/PASSWORD, else root.")
    private String server;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "-Xmx of each JVM (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--queue", paramLabel = "NAME", defaultValue = "mirsad.benchmark",
            description = "The broker queue of the benchmark's partitions (default: ${DEFAULT-VALUE}).")
    private String queue;

    @Option(names = "--logs", paramLabel = "DIR",
            description = "Where the processes' output goes (default: a new temporary folder).")
    private Path logs;

    @Option(names = "--keep-databases", description = "Leave each night's database on the server.")
    private boolean keepDatabases;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("Corpus folder " + corpus + " does not exist or is not a folder");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No jar at " + jar.toAbsolutePath() + "; build it with ./mvnw package");
        }
        if (workers.stream().anyMatch(n -> n < 0) || partitions.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--workers must be 0 or more and --partitions 1 or more");
        }
        Path logFolder = logs != null ? Files.createDirectories(logs) : Files.createTempDirectory("mirsad-benchmark");
        PrintWriter out = spec.commandLine().getOut();
        PartitionedBenchmark benchmark = new PartitionedBenchmark(new PartitionedBenchmark.Setup(
                jar.toAbsolutePath(), corpus.toAbsolutePath().normalize(), server,
                Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_USERNAME"), "root"),
                Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""),
                heap, queue, logFolder.toAbsolutePath(), keepDatabases), out);
        benchmark.describe();
        for (int workerCount : workers) {
            List<NightFigures> nights = new ArrayList<>();
            for (int partitionCount : workerCount == 0 ? List.of(0) : partitions) {
                nights.add(benchmark.run(workerCount, partitionCount));
            }
            printPartitionCost(out, nights);
        }
        return ExitCodes.COMPLETED;
    }

    /**
     * Each partition more costs its workers the same fixed time (a step execution, a count, a reader opened, the
     * broker's round trip); W workers share the extra partitions, so the night grows by that cost times the extra
     * partitions over W. The manager JVM's wall time, to the nanosecond, is what grows: Spring Batch's job time
     * may be rounded to the second.
     */
    private static void printPartitionCost(PrintWriter out, List<NightFigures> nights) {
        NightFigures first = nights.get(0);
        NightFigures last = nights.get(nights.size() - 1);
        int extraPartitions = last.partitions() - first.partitions();
        if (extraPartitions == 0) {
            return;
        }
        double extraSeconds = (last.cpu().wall().toNanos() - first.cpu().wall().toNanos()) / 1e9;
        out.printf(Locale.ROOT, "cost of one more partition with %d worker(s): (%.2f s more of the manager's JVM over"
                        + " %d partitions more) x %d worker(s) = %.3f s of a worker's time%n", last.workers(),
                extraSeconds, extraPartitions, last.workers(), extraSeconds * last.workers() / extraPartitions);
        out.flush();
    }
}
