package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.benchmark.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
        description = {"Derives N distinct articles from a folder of seed articles, for benchmarks.",
                "Each keeps its seed's headline, length and language; a third of its sentences come from",
                "other seeds and some numbers change. The same --random-seed gives the same files."})
final class GenerateCorpusCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "DIR", required = true, description = "Folder of UTF-8 text seed articles.")
    private Path seed;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many articles to write.")
    private int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "A new or empty folder.")
    private Path out;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the pseudo-random choices (default: ${DEFAULT-VALUE}).")
    private long randomSeed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(seed)) {
            throw new IllegalArgumentException("Seed folder " + seed + " does not exist or is not a folder");
        }
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1");
        }
        long start = System.nanoTime();
        CorpusGenerator generator = CorpusGenerator.fromSeeds(seed);
        List<Path> files = generator.generate(count, randomSeed, out);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        spec.commandLine().getOut().printf("Wrote %d distinct articles (%.1f MB) from %d seeds under %s in %.1f s%n",
                files.size(), bytes / 1e6, generator.seedCount(), out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
        return ExitCodes.COMPLETED;
    }
}
