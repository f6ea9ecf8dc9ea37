package dev.mirsad.cli;

import dev.mirsad.ingest.IngestProperties;
import dev.mirsad.ingest.manifest.HashRange;
import dev.mirsad.ingest.metrics.MetricsTextfile;
import dev.mirsad.ingest.summary.RunSummary;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.operations.IngestOperations;
import dev.mirsad.operations.RunOutcome;
import dev.mirsad.operations.RunRequest;
import dev.mirsad.parse.InputFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the nightly ingest for a business date over the input folders.",
                "A date whose last run failed or stopped is restarted where it stopped;",
                "a completed date is left alone unless --reprocess is given."})
final class RunCommand extends DatabaseCommand {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Input folder, scanned recursively; repeatable (default: mirsad.inputs, i.e. input/).")
    private List<Path> inputs = List.of();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Business date of the night (default: today in mirsad.time-zone).")
    private LocalDate date;

    @Option(names = "--partitions", paramLabel = "N",
            description = {"Run the import as a manager: cut the night into N partitions and let workers"
                    + " (mirsad worker) import them through the broker (SPRING_RABBITMQ_*) into the shared database"
                    + " (SPRING_DATASOURCE_*). Default: 0, the whole night in this process."})
    private int partitions;

    @Option(names = "--reprocess",
            description = "Run a completed date again as a new pass, replacing what it wrote (never duplicating).")
    private boolean reprocess;

    @Override
    protected Map<String, String> moreProperties() {
        if (partitions < 0 || partitions > HashRange.PREFIXES) {
            throw new IllegalArgumentException("--partitions must be between 0 (one process) and " + HashRange.PREFIXES
                    + ", not " + partitions);
        }
        return partitions == 0 ? Map.of() : Map.of("mirsad.partitioning.partitions", Integer.toString(partitions));
    }

    @Override
    protected boolean needsSharedDatabase() {
        return partitions > 0;
    }

    @Override
    protected String sharedDatabaseNeeded() {
        return "--partitions needs the database the workers write to, not the embedded one: set SPRING_DATASOURCE_URL,"
                + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, the same as the workers'";
    }

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        IngestProperties properties = runtime.bean(IngestProperties.class);
        InputFolders folders = InputFolders.of(inputs.isEmpty() ? properties.inputs().stream().map(Path::of).toList()
                : inputs).requireExisting("--input");
        LocalDate runDate = date != null ? date : LocalDate.now(properties.timeZone());
        RunOutcome outcome = runtime.bean(IngestOperations.class).run(new RunRequest(runDate, folders, reprocess));
        if (!properties.metricsTextfile().isBlank()) {
            runtime.bean(MetricsTextfile.class).write(Path.of(properties.metricsTextfile()));
        }
        if (outcome.kind() != RunOutcome.Kind.RAN) {
            err().println("mirsad: " + outcome.message());
            return ExitCodes.of(outcome, 0);
        }
        out().println(outcome.message());
        RunSummary summary = runtime.bean(RunSummaryRepository.class).find(outcome.execution().getId()).orElseThrow();
        SummaryPrinter.print(summary, out());
        SummaryPrinter.printFailure(outcome.execution(), err());
        return ExitCodes.of(outcome, summary.filesRejected());
    }
}
