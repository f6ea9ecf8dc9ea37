package dev.mirsad.cli;

import dev.mirsad.operations.IngestOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Asks a running execution to stop at its next chunk boundary (it ends STOPPED, restartable).")
final class StopCommand extends DatabaseCommand {

    @Parameters(paramLabel = "EXECUTION-ID", description = "The running execution (see: mirsad status).")
    private long executionId;

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        runtime.bean(IngestOperations.class).stop(executionId);
        out().println("Asked execution " + executionId + " to stop; it stops after its current chunk.");
        return ExitCodes.COMPLETED;
    }
}
