package dev.mirsad.pipeline;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.dating.PublicationDate;
import dev.mirsad.dating.Sidecars;
import dev.mirsad.extract.EntityIdentity;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.extract.PlaceCoordinates;
import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.CitedMedium;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.FileNames;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.ParsedDocument;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.parse.ParserProcesses;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.SourceFile;
import dev.mirsad.pipeline.PipelineStage.Timer;
import dev.mirsad.text.TextCleaner;
import dev.mirsad.text.TextQualityGate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The core's entry point: a file under the input folders in, an article with its facts or a
 * rejection out. It owns parse, clean, the text quality gate, language and extraction, and the
 * decisions about a whole article (headline, word count, outlet, the identity of its entities and
 * where its places lie), so the nightly job, the benchmarks and the evaluation process articles
 * alike. Built once (Tika and the lexicons load in the constructor), then thread-safe and, but for
 * the files it reads, deterministic; close it to stop the parser's child processes.
 */
public final class ArticlePipeline implements AutoCloseable {

    /** A first line this short, not ending a sentence, is taken as the headline of a plain-text article. */
    private static final int MAX_HEADLINE_CHARS = 160;

    private final PipelineVersions versions;
    private final DocumentParser parser;
    private final ArticleDating dating;
    private final TextCleaner cleaner = new TextCleaner();
    private final TextQualityGate qualityGate = new TextQualityGate();
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final FactExtractor extractor = new FactExtractor();
    private final PlaceCoordinates coordinates = new PlaceCoordinates();

    private ArticlePipeline(DocumentParser parser, ArticleDating dating) {
        this.parser = parser;
        this.dating = dating;
        // Dating articles otherwise changes their facts (relative dates resolve against the date).
        this.versions = new PipelineVersions("import-3/dates-" + dating.describe() + "/extract-" + FactExtractor.VERSION,
                FactExtractor.VERSION);
    }

    /** Parses every format in this JVM: for the lab and tests. */
    public static ArticlePipeline inThisProcess(ParserLimits limits, ArticleDating dating) {
        return new ArticlePipeline(new DocumentParser(limits), dating);
    }

    /**
     * Parses formats other than plain text in child JVMs with a heap cap, killed at the timeout: a
     * decompression bomb or a looping PDF must not take the job's heap or threads.
     */
    public static ArticlePipeline withParserProcesses(ParserLimits limits, int processes, long heapBytes,
                                                      ArticleDating dating) {
        return new ArticlePipeline(new DocumentParser(limits, new ParserProcesses(limits, processes, heapBytes)), dating);
    }

    public PipelineVersions versions() {
        return versions;
    }

    /**
     * Processes one file found under the input folders. The text must come from the bytes the scan
     * saw: the file's size and modification time are compared with the scan's before and after the
     * parse (the scan's hash is the night's only one: hashing again would read every file twice).
     *
     * @throws java.util.concurrent.CancellationException if the thread is interrupted while parsing
     */
    public ArticleOutcome process(Path path, InputRoots roots, ScannedState scanned, Timer timer) {
        String fileName = FileNames.of(path);
        long started = System.nanoTime();
        ParsedDocument document;
        try {
            SourceFile file = roots.admit(path, parser.maxFileBytes());
            Optional<ArticleOutcome> changed = changedSinceScan(fileName, scanned, file);
            if (changed.isPresent()) {
                return changed.get();
            }
            try {
                document = parser.parse(file.realPath());
            } catch (DocumentRejectedException e) {
                // A file rewritten while it was parsed fails for that reason, not for its content.
                return changedSinceScan(fileName, scanned, file.statAgain())
                        .orElse(new ArticleOutcome.Rejected(e.reason(), e.getMessage()));
            }
            changed = changedSinceScan(fileName, scanned, file.statAgain());
            if (changed.isPresent()) {
                return changed.get();
            }
        } catch (DocumentRejectedException e) {
            return new ArticleOutcome.Rejected(e.reason(), e.getMessage());
        }
        long parsed = timer.ended(PipelineStage.PARSE, started);
        return fromDocument(document, fileName, roots.underRoot(path).orElse(null), () -> Sidecars.dateOf(path, roots),
                timer, parsed);
    }

    /** Cleans a text and tells its language; empty when nothing is left or it is not language. */
    public Optional<PreparedText> prepare(String rawText) {
        String text = cleaner.clean(rawText);
        if (text.isBlank() || qualityGate.problemWith(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PreparedText(text, languageDetector.detect(text)));
    }

    /** @param publishedOn the article's own date, or null: relative dates resolve only against it */
    public ArticleFacts extract(PreparedText text, LocalDate publishedOn) {
        return extractor.extract(text.cleanText(), text.language().code(), publishedOn);
    }

    private static Optional<ArticleOutcome> changedSinceScan(String fileName, ScannedState scanned, SourceFile now) {
        long modifiedNanos = now.modified().to(TimeUnit.NANOSECONDS);
        if (now.sizeBytes() == scanned.sizeBytes()
                && (scanned.modifiedNanos() == null || scanned.modifiedNanos() == modifiedNanos)) {
            return Optional.empty();
        }
        return Optional.of(new ArticleOutcome.Rejected(RejectionReason.CHANGED_SINCE_SCAN, fileName
                + ": the file changed after the scan (" + scanned.sizeBytes() + " bytes then, " + now.sizeBytes()
                + " now; modified " + now.modified() + "); the next night ingests its new content"));
    }

    private ArticleOutcome fromDocument(ParsedDocument document, String fileName, String underRoot,
                                        Supplier<Optional<LocalDate>> sidecarDate, Timer timer, long parsed) {
        String text = cleaner.clean(document.text());
        if (text.isBlank()) {
            return new ArticleOutcome.Rejected(RejectionReason.EMPTY_TEXT,
                    fileName + ": no text left after removing boilerplate");
        }
        Optional<String> notText = qualityGate.problemWith(text);
        if (notText.isPresent()) {
            return new ArticleOutcome.Rejected(RejectionReason.NOT_TEXT, fileName + ": " + notText.get());
        }
        String title = document.title() != null && !document.title().isBlank()
                ? document.title().strip() : headline(text);
        DetectedLanguage language = languageDetector.detect(text);
        int words = countWords(text);
        long cleaned = timer.ended(PipelineStage.CLEAN_AND_LANGUAGE, parsed);
        Optional<PublicationDate> published = dating.date(document.publishedOn(), text, language.code(), underRoot,
                sidecarDate);
        LocalDate publishedOn = published.map(PublicationDate::date).orElse(null);
        ArticleFacts facts = extractor.extract(text, language.code(), publishedOn);
        List<ArticleEntity> entities = entitiesOf(facts);
        timer.ended(PipelineStage.EXTRACT, cleaned);
        return new ArticleOutcome.Processed(new ProcessedArticle(document.mediaType(), title, language,
                publishedOn, published.map(PublicationDate::source).orElse(null), text, words, outlet(facts), facts,
                entities, versions));
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

    /** The first outlet the article cites, or null. */
    private static String outlet(ArticleFacts facts) {
        return facts.citedMedia().stream().findFirst().map(CitedMedium::outlet).map(EntityRef::canonicalName)
                .orElse(null);
    }

    private List<ArticleEntity> entitiesOf(ArticleFacts facts) {
        Set<EntityRef> refs = new LinkedHashSet<>();
        facts.mentions().forEach(m -> refs.add(m.entity()));
        facts.titles().forEach(t -> refs.add(t.person()));
        facts.quotations().stream().filter(q -> q.speaker() != null).forEach(q -> refs.add(q.speaker()));
        facts.events().forEach(e -> {
            if (e.location() != null) {
                refs.add(e.location());
            }
            refs.addAll(e.participants());
        });
        facts.citedMedia().forEach(c -> refs.add(c.outlet()));
        return refs.stream().map(ref -> new ArticleEntity(ref, EntityIdentity.key(ref),
                coordinates.of(ref).orElse(null))).toList();
    }

    @Override
    public void close() {
        parser.close();
    }
}
