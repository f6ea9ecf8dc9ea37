package dev.mirsad.cli;

import dev.mirsad.operations.AlreadyRunningException;
import dev.mirsad.operations.DatabaseLostException;
import dev.mirsad.text.DisplayText;
import dev.mirsad.web.UnsecuredPortException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;

/** The {@code mirsad} command line: the nightly ingest job and its operations. */
@Command(name = "mirsad", mixinStandardHelpOptions = true, version = "mirsad 0.1.0",
        description = "Turns news-article files into a fact database, night by night.",
        subcommands = {RunCommand.class, StatusCommand.class, RestartCommand.class, RecoverCommand.class,
                StopCommand.class, ServeCommand.class, WorkerCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 error, 2 usage error, 3 completed with rejected files,",
                "4 stopped, 5 failed, 6 another run is going, 7 the date already completed."})
public final class MirsadCli implements Runnable, PropertiesSource {

    private final Map<String, String> properties;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    MirsadCli(Map<String, String> properties) {
        this.properties = properties;
    }

    public static void main(String[] args) {
        System.exit(execute(Map.of(), utf8(System.out), utf8(System.err), args));
    }

    /**
     * Runs one command and returns its exit code.
     *
     * @param properties Spring properties that win over every other source (tests name their database here)
     */
    public static int execute(Map<String, String> properties, PrintWriter out, PrintWriter err, String... args) {
        return execute(new MirsadCli(properties), out, err, args);
    }

    /**
     * Runs one command of a command line built like Mirsad's (the lab's too): exit codes, error
     * lines, path arguments, UTF-8 output.
     */
    public static int execute(Object commands, PrintWriter out, PrintWriter err, String... args) {
        // Spring Batch stamps executions with the JVM's local time: keep it UTC, as the views promise.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        CommandLine commandLine = new CommandLine(commands);
        commandLine.registerConverter(Path.class, MirsadCli::path);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            // These say all an operator needs in one line; their causes are for -Dmirsad.debug=true.
            // A setting to fix, which Spring wraps in its start-up failure: said alone, in one line.
            Throwable unsecured = causeOf(e, UnsecuredPortException.class);
            boolean oneLine = e instanceof DatabaseLostException || e instanceof DatabaseUnreachableException;
            String message = unsecured != null ? unsecured.getMessage()
                    : oneLine ? DisplayText.escape(e.getMessage()) : messageOf(e);
            cl.getErr().println("mirsad: " + message);
            if (Boolean.getBoolean("mirsad.debug")) {
                e.printStackTrace(cl.getErr());
            }
            if (e instanceof AlreadyRunningException) {
                return ExitCodes.ALREADY_RUNNING;
            }
            if (e instanceof DatabaseLostException) {
                return ExitCodes.FAILED;
            }
            return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.ERROR;
        });
        return commandLine.execute(args);
    }

    /**
     * Java decodes arguments with the locale's encoding: under the C locale (cron's) a non-ASCII
     * folder name arrives as replacement characters, which no path can hold.
     */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("cannot read '" + DisplayText.escape(value) + "' as a path ("
                    + e.getReason() + "). Under a non-UTF-8 locale Java cannot read non-ASCII arguments: set"
                    + " LC_ALL=C.UTF-8 (the jobs/ assets do).");
        }
    }

    /** UTF-8 whatever the locale: under cron's C locale Java would print Arabic as question marks. */
    public static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Override
    public Map<String, String> properties() {
        return properties;
    }

    /** The exception of this type in the chain (Spring wraps what a bean throws at start), or null. */
    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static String messageOf(Throwable e) {
        // Messages may quote file names: escaped, so none can forge a line or drive the terminal.
        StringBuilder message = new StringBuilder(String.valueOf(DisplayText.escape(e.getMessage())));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append("\n  caused by: ").append(DisplayText.escape(cause.getMessage()));
            }
        }
        return message.toString();
    }
}
