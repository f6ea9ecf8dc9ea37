package dev.mirsad.cli;

import dev.mirsad.operations.AlreadyRunningException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TimeZone;

/** The {@code mirsad} command line: the nightly ingest job and its operations. */
@Command(name = "mirsad", mixinStandardHelpOptions = true, version = "mirsad 0.1.0",
        description = "Turns news-article files into a fact database, night by night.",
        subcommands = {RunCommand.class, StatusCommand.class, RestartCommand.class, RecoverCommand.class,
                StopCommand.class, ServeCommand.class, EvaluateCommand.class, EvalNerCommand.class,
                BenchmarkCommand.class, ExtractionBenchmarkCommand.class, GenerateCorpusCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 error, 2 usage error, 3 completed with rejected files,",
                "4 stopped, 5 failed, 6 another run is going, 7 the date already completed."})
public final class MirsadCli implements Runnable {

    private final Map<String, String> properties;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    MirsadCli(Map<String, String> properties) {
        this.properties = properties;
    }

    public static void main(String[] args) {
        System.exit(execute(Map.of(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs one command and returns its exit code.
     *
     * @param properties Spring properties that win over every other source (tests name their database here)
     */
    public static int execute(Map<String, String> properties, PrintWriter out, PrintWriter err, String... args) {
        // Spring Batch stamps executions with the JVM's local time: keep it UTC, as the views promise.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        CommandLine commandLine = new CommandLine(new MirsadCli(properties));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("mirsad: " + messageOf(e));
            if (Boolean.getBoolean("mirsad.debug")) {
                e.printStackTrace(cl.getErr());
            }
            if (e instanceof AlreadyRunningException) {
                return ExitCodes.ALREADY_RUNNING;
            }
            return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Map<String, String> properties() {
        return properties;
    }

    private static String messageOf(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append("\n  caused by: ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
