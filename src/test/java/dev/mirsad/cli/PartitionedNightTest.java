package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.FolderTrees;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.TestBroker;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night spread over a manager and workers, through a real AMQP broker (embedded), fills every view
 * with the rows one process writes, on a first night and on an incremental one; a manager no worker
 * answers fails naming the partitions it waited for, and a rerun with a worker finishes the night.
 */
class PartitionedNightTest {

    private static TestBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void managerAndTwoWorkersWriteWhatOneProcessWrites(@TempDir Path oneInput, @TempDir Path spreadInput)
            throws Exception {
        FolderTrees.copy(Path.of("input"), oneInput);
        FolderTrees.copy(Path.of("input"), spreadInput);
        TestDatabase single = TestDatabase.fresh();
        TestDatabase shared = TestDatabase.fresh();
        Cli one = new Cli(single);
        Cli manager = onBroker(shared, "same-rows").with("mirsad.partitioning.timeout", "5m");

        List<String> oneProcess = twoNights(oneInput, one::run);
        List<String> spread = twoNights(spreadInput, nightArgs -> withWorkers(manager, shared, 2,
                () -> manager.run(concat(nightArgs, "--partitions", "5"))));

        assertThat(spread).isEqualTo(oneProcess);
        assertThat(snapshot(shared, spreadInput)).isEqualTo(snapshot(single, oneInput));
        assertThat(snapshot(shared, spreadInput).get("v_mention")).isNotEmpty();
    }

    @Test
    void aManagerNoWorkerAnswersFailsSayingWhichPartitionsAndARerunWithWorkersFinishes(@TempDir Path input)
            throws Exception {
        FolderTrees.copy(Path.of("input"), input);
        TestDatabase single = TestDatabase.fresh();
        TestDatabase shared = TestDatabase.fresh();
        Cli manager = onBroker(shared, "no-workers").with("mirsad.partitioning.timeout", "3s")
                .with("mirsad.partitioning.poll-interval", "500ms");
        new Cli(single).run("run", "--input", input.toString(), "--date", "2026-04-01");

        Cli.Result alone = manager.run("run", "--input", input.toString(), "--date", "2026-04-01", "--partitions", "3");

        assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(alone.err()).contains("No worker finished 3 of 3 partitions within PT3S",
                "importStep:partition0000 STARTING", "Run the night again");

        Cli patient = manager.with("mirsad.partitioning.timeout", "5m");
        Cli.Result resumed = withWorkers(patient, shared, 1,
                () -> patient.run("run", "--input", input.toString(), "--date", "2026-04-01", "--partitions", "3"));

        assertThat(resumed.exitCode()).as(resumed.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.out()).contains("30 scanned = 30 ingested");
        assertThat(snapshot(shared, input)).isEqualTo(snapshot(single, input));
    }

    /** Every view's rows, without the folder the night read (two nights may read two copies). */
    private static Map<String, List<String>> snapshot(TestDatabase database, Path input) {
        String folder = input.toUri().toString();
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        ReportingSnapshot.of(database.jdbc()).forEach((view, rows) ->
                snapshot.put(view, rows.stream().map(row -> row.replace(folder, "")).sorted().toList()));
        return snapshot;
    }

    private static Cli onBroker(TestDatabase database, String queue) {
        Cli cli = new Cli(database).with("mirsad.partitioning.queue", "mirsad.test." + queue);
        for (Map.Entry<String, String> setting : broker.properties().entrySet()) {
            cli = cli.with(setting.getKey(), setting.getValue());
        }
        return cli;
    }

    /** A first night, then a night with nine files changed: the summaries, without their timings. */
    private static List<String> twoNights(Path input, Night night) throws Exception {
        List<String> summaries = new ArrayList<>();
        summaries.add(summary(night.run(new String[] {"run", "--input", input.toString(), "--date", "2026-04-01"})));
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(9).toList()) {
                Files.writeString(file, "\nوقال وزير الخارجية الروسي سيرغي لافروف في موسكو أمس إن المحادثات ستستمر.",
                        StandardOpenOption.APPEND);
            }
        }
        summaries.add(summary(night.run(new String[] {"run", "--input", input.toString(), "--date", "2026-04-02"})));
        return summaries;
    }

    private static String summary(Cli.Result night) {
        assertThat(night.exitCode()).as(night.toString()).isEqualTo(ExitCodes.COMPLETED);
        return night.out().lines().filter(line -> line.startsWith("  ")).toList().toString();
    }

    /**
     * Runs the manager, and once it has sent its partitions to the broker, this many workers, each of which
     * exits once idle for a few seconds.
     */
    private static Cli.Result withWorkers(Cli cli, TestDatabase database, int workers, Manager manager)
            throws Exception {
        long before = partitionsCreated(database);
        ExecutorService threads = Executors.newCachedThreadPool();
        CompletableFuture<Cli.Result> night = CompletableFuture.supplyAsync(() -> {
            try {
                return manager.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        while (partitionsCreated(database) == before && !night.isDone()) {
            Thread.sleep(200);
        }
        List<CompletableFuture<Cli.Result>> running = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            running.add(CompletableFuture.supplyAsync(() -> cli.run("worker", "--idle-exit", "PT3S"), threads));
        }
        Cli.Result result = night.get(5, TimeUnit.MINUTES);
        int partitionsRun = 0;
        for (CompletableFuture<Cli.Result> worker : running) {
            Cli.Result ended = worker.get(5, TimeUnit.MINUTES);
            assertThat(ended.exitCode()).as(ended.toString()).isEqualTo(ExitCodes.COMPLETED);
            partitionsRun += Integer.parseInt(ended.out().replaceAll("(?s).*: (\\d+) partitions run.*", "$1"));
        }
        assertThat(partitionsRun).as("partitions the workers ran").isEqualTo(partitionsCreated(database) - before);
        threads.shutdown();
        return result;
    }

    /** Partitions created so far, of every night in the database. */
    private static long partitionsCreated(TestDatabase database) {
        Long tables = database.jdbc().queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'BATCH_STEP_EXECUTION'", Long.class);
        if (tables == 0) {
            return 0;
        }
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"
                + " WHERE STEP_NAME LIKE 'importStep:%'", Long.class);
    }

    private static String[] concat(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private interface Night {
        Cli.Result run(String[] args) throws Exception;
    }

    private interface Manager {
        Cli.Result run() throws Exception;
    }
}
