package dev.mirsad.lab.benchmark;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.parse.Sha256;
import dev.mirsad.parse.Utf8Text;
import dev.mirsad.pipeline.ArticlePipeline;
import dev.mirsad.pipeline.PreparedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What extraction alone costs, on one thread, without files or a database in the timed loop: the
 * corpus's UTF-8 texts are read and cleaned first, then extracted pass after pass (the first passes
 * include the JIT's warm-up). The digest of every fact extracted tells whether two builds extract the
 * same facts.
 */
public final class ExtractionBenchmark {

    /** One pass over all texts. */
    public record Pass(int number, int articles, double seconds, long facts) {
        public double articlesPerSecond() {
            return articles / Math.max(seconds, 1e-9);
        }
    }

    /** The texts taken, cleaned and with their language, and the files left out (not UTF-8, or not text). */
    public record Corpus(List<PreparedText> texts, int skippedFiles) {
    }

    private final ArticlePipeline pipeline;

    public ExtractionBenchmark(ArticlePipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Corpus read(Path folder) throws IOException {
        List<PreparedText> texts = new ArrayList<>();
        int skipped = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Optional<PreparedText> text = Utf8Text.decodeIfValid(Files.readAllBytes(file)).flatMap(pipeline::prepare);
            if (text.isPresent()) {
                texts.add(text.get());
            } else {
                skipped++;
            }
        }
        return new Corpus(texts, skipped);
    }

    /**
     * Runs the passes, reporting each as it ends, and returns the SHA-256 of the first pass's facts.
     *
     * @param publishedOn the date relative dates resolve against, or null for none
     */
    public String run(Corpus corpus, int passes, LocalDate publishedOn, Consumer<Pass> report) {
        MessageDigest digest = Sha256.newDigest();
        for (int pass = 1; pass <= passes; pass++) {
            long facts = 0;
            long start = System.nanoTime();
            for (PreparedText text : corpus.texts()) {
                ArticleFacts extracted = pipeline.extract(text, publishedOn);
                facts += extracted.mentions().size() + extracted.titles().size() + extracted.times().size()
                        + extracted.amounts().size() + extracted.quotations().size() + extracted.events().size()
                        + extracted.citedMedia().size();
                if (pass == 1) {
                    // Records print every component: equal digests mean equal facts, offsets included.
                    digest.update(extracted.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            report.accept(new Pass(pass, corpus.texts().size(), (System.nanoTime() - start) / 1e9, facts));
        }
        return Sha256.hex(digest.digest());
    }
}
