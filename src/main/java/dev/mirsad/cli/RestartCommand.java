package dev.mirsad.cli;

import dev.mirsad.ingest.summary.RunSummary;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.operations.IngestOperations;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restarts a failed or stopped execution where it stopped.")
final class RestartCommand extends DatabaseCommand {

    @ArgGroup(multiplicity = "1")
    private Target target;

    static final class Target {
        @Parameters(paramLabel = "EXECUTION-ID", description = "The execution to restart (see: mirsad status).")
        Long executionId;

        @Option(names = "--last-failed", description = "Restart the most recent failed or stopped night.")
        boolean lastFailed;
    }

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        IngestOperations operations = runtime.bean(IngestOperations.class);
        long id = target.lastFailed
                ? operations.lastFailed().map(JobExecution::getId).orElseThrow(() ->
                        new IllegalArgumentException("No failed or stopped night to restart."))
                : target.executionId;
        JobExecution execution = operations.restart(id);
        out().println("Restarted execution " + id + " as execution " + execution.getId() + ".");
        RunSummary summary = runtime.bean(RunSummaryRepository.class).find(execution.getId()).orElseThrow();
        SummaryPrinter.print(summary, out());
        SummaryPrinter.printFailure(execution, err());
        return ExitCodes.of(execution, summary.filesRejected());
    }
}
