package dev.mirsad.cli;

import dev.mirsad.ingest.summary.RunSummaryRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Lists recent job executions, newest first.")
final class StatusCommand extends DatabaseCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    protected int call(MirsadRuntime runtime) {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        SummaryPrinter.printTable(runtime.bean(RunSummaryRepository.class).recent(limit), out());
        return ExitCodes.COMPLETED;
    }
}
