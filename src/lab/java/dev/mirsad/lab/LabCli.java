package dev.mirsad.lab;

import dev.mirsad.cli.MirsadCli;
import dev.mirsad.cli.PropertiesSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The lab's command line, {@code java -jar target/mirsad-lab.jar}: scoring against gold files,
 * benchmarks and corpus generation. Not part of the operator's jar; it runs the product's own job
 * and pipeline, and the product never depends on it.
 */
@Command(name = "mirsad-lab", mixinStandardHelpOptions = true, version = "mirsad-lab 0.1.0",
        description = "Measures Mirsad (extraction quality against gold files, speed, benchmark corpora) and trains its name tagger.",
        subcommands = {EvaluateCommand.class, EvalNerCommand.class, BenchmarkCommand.class,
                ExtractionBenchmarkCommand.class, PartitionedBenchmarkCommand.class, GenerateCorpusCommand.class,
                TrainTaggerCommand.class, EvalLanguageCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 error, 2 usage error, 5 the scratch run failed."})
public final class LabCli implements Runnable, PropertiesSource {

    private final Map<String, String> properties;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    LabCli(Map<String, String> properties) {
        this.properties = properties;
    }

    public static void main(String[] args) {
        System.exit(execute(Map.of(), MirsadCli.utf8(System.out), MirsadCli.utf8(System.err), args));
    }

    /** @param properties Spring properties that win over every other source (tests name their database here) */
    public static int execute(Map<String, String> properties, PrintWriter out, PrintWriter err, String... args) {
        return MirsadCli.execute(new LabCli(properties), out, err, args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Override
    public Map<String, String> properties() {
        return properties;
    }
}
