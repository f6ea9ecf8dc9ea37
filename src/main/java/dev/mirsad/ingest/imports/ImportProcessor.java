package dev.mirsad.ingest.imports;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ProcessingTimes;
import dev.mirsad.ingest.ProcessingTimes.Stage;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.FileNames;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.ParsedDocument;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.SourceFile;
import dev.mirsad.text.TextCleaner;
import dev.mirsad.text.TextQualityGate;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Parses, cleans, tells the language of and extracts the facts of one file; a file that cannot be
 * read becomes a rejection. Extracting here, rather than in a later step over the stored text, spares
 * writing each text and reading it back. Files are reached only through {@link InputRoots#admit}.
 */
public class ImportProcessor {

    /** A first line this short, not ending a sentence, is taken as the headline of a plain-text article. */
    private static final int MAX_HEADLINE_CHARS = 160;

    private final DocumentParser parser;
    private final TextCleaner cleaner;
    private final TextQualityGate qualityGate = new TextQualityGate();
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

    /** The processor of one night, which may open only files under its input folders. */
    public ItemProcessor<ManifestEntry, ImportOutcome> within(InputRoots roots) {
        return entry -> process(entry, roots);
    }

    /**
     * The text stored must come from the bytes the scan saw: the file's size and modification time
     * are compared with the scan's before and after the parse (the scan's hash is the night's only
     * one: hashing again would read every file twice).
     */
    ImportOutcome process(ManifestEntry entry, InputRoots roots) {
        Path path = Path.of(URI.create(entry.sourceUri()));
        long started = System.nanoTime();
        ParsedDocument document;
        try {
            SourceFile file = roots.admit(path, parser.maxFileBytes());
            Optional<ImportOutcome> changed = changedSinceScan(entry, file);
            if (changed.isPresent()) {
                return changed.get();
            }
            try {
                document = parser.parse(file.realPath());
            } catch (DocumentRejectedException e) {
                // A file rewritten while it was parsed fails for that reason, not for its content.
                return changedSinceScan(entry, roots.admit(path, parser.maxFileBytes()))
                        .orElse(new ImportOutcome.Rejected(entry, e.reason(), e.getMessage()));
            }
            changed = changedSinceScan(entry, roots.admit(path, parser.maxFileBytes()));
            if (changed.isPresent()) {
                return changed.get();
            }
        } catch (DocumentRejectedException e) {
            return new ImportOutcome.Rejected(entry, e.reason(), e.getMessage());
        }
        long parsed = times.add(Stage.PARSE, started);
        return cleanAndExtract(entry, document, parsed);
    }

    private static Optional<ImportOutcome> changedSinceScan(ManifestEntry entry, SourceFile now) {
        long modifiedNanos = now.modified().to(TimeUnit.NANOSECONDS);
        if (now.sizeBytes() == entry.sizeBytes()
                && (entry.modifiedNanos() == null || entry.modifiedNanos() == modifiedNanos)) {
            return Optional.empty();
        }
        return Optional.of(new ImportOutcome.Rejected(entry, RejectionReason.CHANGED_SINCE_SCAN,
                FileNames.ofUri(URI.create(entry.sourceUri())) + ": the file changed after the scan (" + entry.sizeBytes()
                        + " bytes then, " + now.sizeBytes() + " now; modified " + now.modified()
                        + "); the next night ingests its new content"));
    }

    private ImportOutcome cleanAndExtract(ManifestEntry entry, ParsedDocument document, long parsed) {
        String fileName = FileNames.ofUri(URI.create(entry.sourceUri()));
        String text = cleaner.clean(document.text());
        if (text.isBlank()) {
            return new ImportOutcome.Rejected(entry, RejectionReason.EMPTY_TEXT,
                    fileName + ": no text left after removing boilerplate");
        }
        Optional<String> notText = qualityGate.problemWith(text);
        if (notText.isPresent()) {
            return new ImportOutcome.Rejected(entry, RejectionReason.NOT_TEXT, fileName + ": " + notText.get());
        }
        String title = document.title() != null && !document.title().isBlank()
                ? document.title().strip() : headline(text);
        DetectedLanguage language = languageDetector.detect(text);
        int words = countWords(text);
        long cleaned = times.add(Stage.CLEAN_AND_LANGUAGE, parsed);
        ArticleFacts facts = extractor.extract(text, language.code(), document.publishedOn());
        times.add(Stage.EXTRACT, cleaned);
        return new ImportOutcome.Ingested(entry, fileName, document.mediaType(), title, language,
                document.publishedOn(), text, words, facts);
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
