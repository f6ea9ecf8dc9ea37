package dev.mirsad.lab;

import dev.mirsad.cli.DatabaseCommand;
import dev.mirsad.cli.ExitCodes;
import dev.mirsad.cli.MirsadRuntime;
import dev.mirsad.lab.benchmark.JobBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures the job on a corpus folder and prints the figures.",
                "A first night on an empty database (job, steps, writes, rows, peak heap and RSS), an",
                "incremental night on the unchanged corpus, and Tika's bare text extraction of the same",
                "files with the ratio. It needs an empty database (SPRING_DATASOURCE_URL). Run it with",
                "-Xmx512m."})
final class BenchmarkCommand extends DatabaseCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The folder of articles.")
    private Path corpus;

    @Option(names = "--threads", paramLabel = "N",
            description = "Processing threads of the job and threads of the Tika loop (default: mirsad.threads, one per core).")
    private Integer threads;

    @Override
    protected Map<String, String> moreProperties() {
        return threads == null ? Map.of() : Map.of("mirsad.threads", threads.toString());
    }

    @Override
    protected int call(MirsadRuntime runtime) throws Exception {
        Path folder = corpus.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Corpus folder " + folder + " does not exist or is not a folder");
        }
        runtime.bean(JobBenchmark.class).run(folder, out());
        return ExitCodes.COMPLETED;
    }
}
