package dev.mirsad.lab;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.benchmark.ExtractionBenchmark;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "benchmark-extract", mixinStandardHelpOptions = true,
        description = {"Measures fact extraction alone on one thread, with no database.",
                "Cleans the corpus's UTF-8 texts, then extracts them pass after pass and prints each pass's",
                "articles per second (the first passes include the JIT's warm-up) and a digest of the facts,",
                "equal between builds that extract the same facts."})
final class ExtractionBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The folder of articles.")
    private Path corpus;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
            description = "How many passes over the corpus (default: ${DEFAULT-VALUE}).")
    private int passes;

    @Option(names = "--published-on", paramLabel = "YYYY-MM-DD",
            description = "The date every article is taken to bear, against which relative dates resolve (default: none).")
    private LocalDate publishedOn;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("Corpus folder " + corpus + " does not exist or is not a folder");
        }
        if (passes < 1) {
            throw new IllegalArgumentException("--passes must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ArticlePipeline pipeline = ArticlePipeline.inThisProcess(ParserLimits.defaults(), ArticleDating.metadataOnly())) {
            ExtractionBenchmark benchmark = new ExtractionBenchmark(pipeline);
            ExtractionBenchmark.Corpus texts = benchmark.read(corpus);
            out.printf("Extraction of %s: %d texts (%d files skipped: not UTF-8, or not text), one thread%n",
                    corpus.toAbsolutePath().normalize(), texts.texts().size(), texts.skippedFiles());
            String digest = benchmark.run(texts, passes, publishedOn, pass -> {
                out.printf("pass %d: %d articles in %.2f s = %.0f articles/s, %.3f ms per article, %d facts%n",
                        pass.number(), pass.articles(), pass.seconds(), pass.articlesPerSecond(),
                        pass.seconds() * 1000 / Math.max(1, pass.articles()), pass.facts());
                out.flush();
            });
            out.printf("facts digest (SHA-256): %s%n", digest);
        }
        return ExitCodes.COMPLETED;
    }
}
