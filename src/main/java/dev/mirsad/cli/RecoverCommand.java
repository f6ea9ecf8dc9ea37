package dev.mirsad.cli;

import dev.mirsad.operations.IngestOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Marks an execution that a crash left STARTED as FAILED, so it can be restarted.",
                "Only when no Mirsad process is running it."})
final class RecoverCommand extends DatabaseCommand {

    @Parameters(paramLabel = "EXECUTION-ID", description = "The execution a crash left running (see: mirsad status).")
    private long executionId;

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        var execution = runtime.bean(IngestOperations.class).recover(executionId);
        out().println("Execution " + executionId + " is now " + execution.getStatus()
                + ". Resume it with: mirsad restart " + executionId);
        return ExitCodes.COMPLETED;
    }
}
