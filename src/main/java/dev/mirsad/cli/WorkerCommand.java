package dev.mirsad.cli;

import dev.mirsad.ingest.remote.PartitionWorker;
import dev.mirsad.ingest.remote.PartitioningProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Map;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Imports partitions of nights run with 'mirsad run --partitions N', one at a time, as the",
                "broker (SPRING_RABBITMQ_*) hands them out, into the shared database (SPRING_DATASOURCE_*).",
                "Waits for work until stopped (SIGTERM stops a partition at its next chunk boundary)."})
final class WorkerCommand extends DatabaseCommand {

    @Option(names = "--idle-exit", paramLabel = "DURATION",
            description = "Exit with 0 once no partition has come for this long (ISO-8601, e.g. PT10M). Default: never.")
    private Duration idleExit;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("mirsad.partitioning.worker", "true");
    }

    @Override
    protected boolean needsSharedDatabase() {
        return true;
    }

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        PartitionWorker worker = runtime.bean(PartitionWorker.class);
        out().println("Waiting for partitions on queue '" + runtime.bean(PartitioningProperties.class).queue() + "'");
        while (idleExit == null || worker.idle().compareTo(idleExit) < 0) {
            Thread.sleep(500);
        }
        out().println("No partition for " + idleExit + ": " + worker.finished() + " partitions run; exiting");
        return ExitCodes.COMPLETED;
    }
}
