package dev.mirsad.ingest.imports;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ProcessingTimes;
import dev.mirsad.ingest.ProcessingTimes.Stage;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.ParsedDocument;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.Sha256;
import dev.mirsad.text.TextCleaner;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses, cleans, tells the language of and extracts the facts of one file; a file that cannot be
 * read becomes a rejection. Extracting here, rather than in a later step over the stored text, spares
 * writing each text and reading it back.
 */
public class ImportProcessor implements ItemProcessor<ManifestEntry, ImportOutcome> {

    /** A first line this short, not ending a sentence, is taken as the headline of a plain-text article. */
    private static final int MAX_HEADLINE_CHARS = 160;

    private final DocumentParser parser;
    private final TextCleaner cleaner;
    private final LanguageDetector languageDetector;
    private final FactExtractor extractor;
    private final ProcessingTimes times;

    public ImportProcessor(DocumentParser parser, TextCleaner cleaner, LanguageDetector languageDetector,
                           FactExtractor extractor, ProcessingTimes times) {
        this.parser = parser;
        this.cleaner = cleaner;
        this.languageDetector = languageDetector;
        this.extractor = extractor;
        this.times = times;
    }

    /**
     * The text stored must come from the bytes the scan saw: the hash of the bytes the text was
     * decoded from is compared with the scan's. A parser that streamed the file gives no hash, so
     * the file is hashed again after that parse, which also catches a file rewritten meanwhile.
     */
    @Override
    public ImportOutcome process(ManifestEntry entry) {
        Path file = Path.of(URI.create(entry.sourceUri()));
        long started = System.nanoTime();
        ParsedDocument document;
        try {
            document = parser.parse(file);
        } catch (DocumentRejectedException e) {
            return changedSinceScan(entry, file, null)
                    .orElse(new ImportOutcome.Rejected(entry, e.reason(), e.getMessage()));
        }
        long parsed = times.add(Stage.PARSE, started);
        return changedSinceScan(entry, file, document.contentSha256())
                .orElseGet(() -> cleanAndExtract(entry, file, document, parsed));
    }

    /** @param parsedSha256 the hash of the bytes parsed, or null to hash the file now */
    private static Optional<ImportOutcome> changedSinceScan(ManifestEntry entry, Path file, String parsedSha256) {
        String now = parsedSha256;
        if (now == null) {
            try {
                now = Sha256.ofFile(file);
            } catch (IOException e) {
                return Optional.of(new ImportOutcome.Rejected(entry, RejectionReason.UNREADABLE, file.getFileName()
                        + ": the file disappeared or became unreadable after the scan (" + e.getClass().getSimpleName()
                        + "); if it comes back, the next night takes it"));
            }
        }
        if (now.equals(entry.contentSha256())) {
            return Optional.empty();
        }
        return Optional.of(new ImportOutcome.Rejected(entry, RejectionReason.CHANGED_SINCE_SCAN, file.getFileName()
                + ": the file changed after the scan (SHA-256 " + entry.contentSha256() + " then, " + now
                + " now); the next night ingests its new content"));
    }

    private ImportOutcome cleanAndExtract(ManifestEntry entry, Path file, ParsedDocument document, long parsed) {
        String text = cleaner.clean(document.text());
        if (text.isBlank()) {
            return new ImportOutcome.Rejected(entry, RejectionReason.EMPTY_TEXT,
                    "no text left after removing boilerplate");
        }
        String title = document.title() != null && !document.title().isBlank()
                ? document.title().strip() : headline(text);
        DetectedLanguage language = languageDetector.detect(text);
        int words = countWords(text);
        long cleaned = times.add(Stage.CLEAN_AND_LANGUAGE, parsed);
        ArticleFacts facts = extractor.extract(text, language.code(), document.publishedOn());
        times.add(Stage.EXTRACT, cleaned);
        return new ImportOutcome.Ingested(entry, file.getFileName().toString(), document.mediaType(), title,
                language, document.publishedOn(), text, words, facts);
    }

    private static String headline(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        boolean sentence = first.endsWith(".") || first.endsWith("。");
        return first.length() <= MAX_HEADLINE_CHARS && !sentence && end > 0 ? first : null;
    }

    /** Runs of letters and digits, as the regex {@code [\p{L}\p{N}]+} would find them, without a regex. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetter(c) || isNumber(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return words;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
