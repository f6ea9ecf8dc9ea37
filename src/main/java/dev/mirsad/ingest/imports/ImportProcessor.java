package dev.mirsad.ingest.imports;

import dev.mirsad.ingest.Sha256;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.ParsedDocument;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.text.TextCleaner;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses, cleans and tells the language of one file; a file that cannot be read becomes a rejection. */
public class ImportProcessor implements ItemProcessor<ManifestEntry, ImportOutcome> {

    /** A first line this short, not ending a sentence, is taken as the headline of a plain-text article. */
    private static final int MAX_HEADLINE_CHARS = 160;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final DocumentParser parser;
    private final TextCleaner cleaner;
    private final LanguageDetector languageDetector;

    public ImportProcessor(DocumentParser parser, TextCleaner cleaner, LanguageDetector languageDetector) {
        this.parser = parser;
        this.cleaner = cleaner;
        this.languageDetector = languageDetector;
    }

    /**
     * The file is hashed again after parsing: the text stored must come from the bytes the scan saw,
     * and a check after the parse also catches a file rewritten while it was being parsed.
     */
    @Override
    public ImportOutcome process(ManifestEntry entry) {
        Path file = Path.of(URI.create(entry.sourceUri()));
        ImportOutcome outcome = parseCleanAndDetect(entry, file);
        return changedSinceScan(entry, file).orElse(outcome);
    }

    private static Optional<ImportOutcome> changedSinceScan(ManifestEntry entry, Path file) {
        String now;
        try {
            now = Sha256.ofFile(file);
        } catch (IOException e) {
            return Optional.of(new ImportOutcome.Rejected(entry, RejectionReason.UNREADABLE, file.getFileName()
                    + ": the file disappeared or became unreadable after the scan (" + e.getClass().getSimpleName()
                    + "); if it comes back, the next night takes it"));
        }
        if (now.equals(entry.contentSha256())) {
            return Optional.empty();
        }
        return Optional.of(new ImportOutcome.Rejected(entry, RejectionReason.CHANGED_SINCE_SCAN, file.getFileName()
                + ": the file changed after the scan (SHA-256 " + entry.contentSha256() + " then, " + now
                + " now); the next night ingests its new content"));
    }

    private ImportOutcome parseCleanAndDetect(ManifestEntry entry, Path file) {
        try {
            ParsedDocument document = parser.parse(file);
            String text = cleaner.clean(document.text());
            if (text.isBlank()) {
                return new ImportOutcome.Rejected(entry, RejectionReason.EMPTY_TEXT,
                        "no text left after removing boilerplate");
            }
            String title = document.title() != null && !document.title().isBlank()
                    ? document.title().strip() : headline(text);
            return new ImportOutcome.Ingested(entry, file.getFileName().toString(), document.mediaType(), title,
                    languageDetector.detect(text), document.publishedOn(), text, countWords(text));
        } catch (DocumentRejectedException e) {
            return new ImportOutcome.Rejected(entry, e.reason(), e.getMessage());
        }
    }

    private static String headline(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        boolean sentence = first.endsWith(".") || first.endsWith("。");
        return first.length() <= MAX_HEADLINE_CHARS && !sentence && end > 0 ? first : null;
    }

    private static int countWords(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
