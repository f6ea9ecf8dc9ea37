package dev.mirsad.benchmark;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.Sha256;
import dev.mirsad.parse.Utf8Text;
import dev.mirsad.text.TextCleaner;

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

    /** The texts taken and the files left out (not UTF-8 text). */
    public record Corpus(List<String> cleanedTexts, List<String> languages, int skippedFiles) {
    }

    private final FactExtractor extractor = new FactExtractor();

    public static Corpus read(Path folder) throws IOException {
        TextCleaner cleaner = new TextCleaner();
        LanguageDetector detector = new LanguageDetector();
        List<String> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        int skipped = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Optional<String> raw = Utf8Text.decodeIfValid(Files.readAllBytes(file));
            if (raw.isEmpty()) {
                skipped++;
                continue;
            }
            String cleaned = cleaner.clean(raw.get());
            texts.add(cleaned);
            languages.add(detector.detect(cleaned).code());
        }
        return new Corpus(texts, languages, skipped);
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
            for (int i = 0; i < corpus.cleanedTexts().size(); i++) {
                ArticleFacts extracted = extractor.extract(corpus.cleanedTexts().get(i), corpus.languages().get(i), publishedOn);
                facts += extracted.mentions().size() + extracted.titles().size() + extracted.times().size()
                        + extracted.amounts().size() + extracted.quotations().size() + extracted.events().size()
                        + extracted.citedMedia().size();
                if (pass == 1) {
                    // Records print every component: equal digests mean equal facts, offsets included.
                    digest.update(extracted.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            report.accept(new Pass(pass, corpus.cleanedTexts().size(), (System.nanoTime() - start) / 1e9, facts));
        }
        return Sha256.hex(digest.digest());
    }
}
