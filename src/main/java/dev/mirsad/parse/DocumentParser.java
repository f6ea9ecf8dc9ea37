package dev.mirsad.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a file into text and metadata with Apache Tika. Built once (building Tika's parser costs
 * most of a second), thread-safe, meant to be shared by all the job's threads; close it at the end.
 *
 * <p>Every failure becomes a {@link DocumentRejectedException} with a stable {@link RejectionReason}.
 * Plain text (by its magic bytes and name) is parsed in this JVM: it is the bulk of the input, cheap,
 * and bounded by the size limits. Every other format goes to {@link ParserProcesses}, when given:
 * child JVMs with their own heap cap that are killed at the timeout, because a decompression bomb or
 * a looping PDF ignores interruption and would keep a thread and the shared heap busy. In this JVM a
 * parse runs on a daemon worker thread and is abandoned after {@link ParserLimits#timeout()};
 * {@link OutOfMemoryError} and {@link StackOverflowError} inside a parse reject the file.
 *
 * <p>Text over {@link ParserLimits#maxTextChars()} is rejected as TOO_LARGE rather than truncated.
 */
public final class DocumentParser implements AutoCloseable {

    private static final MediaType PLAIN_TEXT = MediaType.TEXT_PLAIN;

    private final ParserLimits limits;
    private final AutoDetectParser tika;
    private final Map<MediaType, Parser> parsersByType;
    private final MediaTypeRegistry mediaTypes;
    // Tika's default chain tries juniversalchardet before ICU and reads short Windows-1256 Arabic as
    // KOI8-R or MacCyrillic; an HTML meta charset, then ICU's statistical detector, get it right.
    // A text of only a word or two can still fool ICU; articles are long enough.
    private final EncodingDetector encodingDetector =
            new CompositeEncodingDetector(List.of(new HtmlEncodingDetector(), new Icu4jEncodingDetector()));
    private final PDFParserConfig pdfConfig = new PDFParserConfig();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    // Magic bytes and name only: container detectors open zips, which is the child's risk to take.
    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    private final ParserProcesses processes;

    public DocumentParser() {
        this(ParserLimits.defaults());
    }

    /** Parses everything in this JVM (tests, and the parser child itself). */
    public DocumentParser(ParserLimits limits) {
        this(limits, null);
    }

    /** @param processes where formats other than plain text are parsed; this parser closes them */
    public DocumentParser(ParserLimits limits, ParserProcesses processes) {
        this.limits = limits;
        this.processes = processes;
        this.tika = new AutoDetectParser();
        this.parsersByType = tika.getParsers();
        this.mediaTypes = tika.getMediaTypeRegistry();
        // Without position sorting PDFBox emits Arabic text runs in content-stream order and digits
        // land away from the words they belong to.
        pdfConfig.setSortByPosition(true);
    }

    /**
     * Extracts the text, detected media type, title and publication date of one file. Title and date
     * come only from the document's own metadata and are null for plain text. The text is stripped of
     * leading and trailing white space and otherwise left as extracted (no normalization).
     *
     * @throws DocumentRejectedException if the file cannot be ingested; its reason says why
     * @throws CancellationException if the calling thread is interrupted (the interrupt flag is kept):
     *         the job is stopping, which says nothing about the file
     * @throws IllegalStateException if this parser has been closed
     */
    public ParsedDocument parse(Path file) throws DocumentRejectedException {
        String fileName = FileNames.of(file);
        Optional<ParsedDocument> plain = checkedPlainUtf8Text(file, fileName);
        if (plain.isPresent()) {
            return plain.get();
        }
        if (processes != null && !looksLikePlainText(file, fileName)) {
            return processes.parse(file, fileName);
        }
        return parseOnWorkerWithTimeout(file, fileName);
    }

    /** Files larger than this are rejected as TOO_LARGE before they are opened. */
    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /** Parses in this JVM whatever the format: for the parser child process. */
    ParsedDocument parseHere(Path file) throws DocumentRejectedException {
        String fileName = FileNames.of(file);
        Optional<ParsedDocument> plain = checkedPlainUtf8Text(file, fileName);
        if (plain.isPresent()) {
            return plain.get();
        }
        return parseOnWorkerWithTimeout(file, fileName);
    }

    private boolean looksLikePlainText(Path file, String fileName) throws DocumentRejectedException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = open(file, fileName, metadata)) {
            return magic.detect(in, metadata).getBaseType().equals(PLAIN_TEXT);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE,
                    fileName + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private ParsedDocument parseOnWorkerWithTimeout(Path file, String fileName) throws DocumentRejectedException {
        Future<ParsedDocument> work;
        try {
            work = workers.submit(() -> parseOnWorker(file, fileName));
        } catch (RejectedExecutionException closed) {
            throw new IllegalStateException("the document parser is closed", closed);
        }
        try {
            return work.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            work.cancel(true);
            throw new DocumentRejectedException(RejectionReason.PARSE_TIMEOUT,
                    fileName + ": parsing took longer than " + limits.timeout().toMillis() + " ms and was abandoned");
        } catch (ExecutionException failed) {
            throw ParseFailures.reject(fileName, failed.getCause(), limits);
        } catch (InterruptedException stopping) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while parsing " + fileName);
        }
    }

    /** The checks every parse starts with, then the plain-text fast path (empty for other files). */
    private Optional<ParsedDocument> checkedPlainUtf8Text(Path file, String fileName) throws DocumentRejectedException {
        // Plain text is read on the caller's thread, so the closed workers alone would not refuse it.
        if (workers.isShutdown()) {
            throw new IllegalStateException("the document parser is closed");
        }
        checkReadableAndSmallEnough(file, fileName);
        return plainUtf8Text(file, fileName);
    }

    private void checkReadableAndSmallEnough(Path file, String fileName) throws DocumentRejectedException {
        // One stat for type and size: on some virtual disks every file system call is expensive.
        long size;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || !Files.isReadable(file)) {
                throw notReadable(file, fileName, null);
            }
            size = attributes.size();
        } catch (IOException e) {
            throw notReadable(file, fileName, e);
        }
        if (size > limits.maxFileBytes()) {
            throw new DocumentRejectedException(RejectionReason.TOO_LARGE,
                    fileName + ": " + size + " bytes exceeds the limit of " + limits.maxFileBytes() + " bytes");
        }
        if (size == 0) {
            throw new DocumentRejectedException(RejectionReason.EMPTY_TEXT, fileName + ": the file is empty (0 bytes)");
        }
    }

    private static DocumentRejectedException notReadable(Path file, String fileName, IOException cause) {
        return new DocumentRejectedException(RejectionReason.UNREADABLE, fileName + ": not a readable file", cause);
    }

    private ParsedDocument parseOnWorker(Path file, String fileName)
            throws DocumentRejectedException, IOException, TikaException, SAXException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = open(file, fileName, metadata)) {
            MediaType type = tika.getDetector().detect(in, metadata).getBaseType();
            if (!hasParserFor(type)) {
                throw new DocumentRejectedException(RejectionReason.UNSUPPORTED_TYPE,
                        fileName + ": unsupported file type " + type);
            }
            if (type.equals(PLAIN_TEXT)) {
                byte[] bytes = Files.readAllBytes(file);
                Optional<String> decoded = PlainText.decodeUnicode(bytes);
                if (decoded.isPresent()) {
                    return PlainText.document(decoded.get(), fileName, limits.maxTextChars());
                }
            }
            BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
            tika.parse(in, handler, metadata, parseContext());
            if (type.equals(PLAIN_TEXT)) {
                return PlainText.document(handler.toString(), fileName, limits.maxTextChars());
            }
            return new ParsedDocument(PlainText.nonBlank(handler.toString(), fileName), type.toString(),
                    DocumentMetadata.title(metadata), DocumentMetadata.publishedOn(metadata));
        }
    }

    /**
     * A {@code .txt} file that is valid UTF-8 and does not start like a document Tika would parse
     * otherwise (markup, RTF, PDF), read on the calling thread. Tika's type detection is nearly all of
     * what parsing such a file costs (JFR), and for these files it can only say text/plain; the size
     * check before bounds the read, so it needs no worker with a timeout.
     */
    private Optional<ParsedDocument> plainUtf8Text(Path file, String fileName) throws DocumentRejectedException {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE,
                    fileName + ": cannot read the file: " + e.getMessage(), e);
        }
        Optional<String> text = PlainText.decodeUnicode(bytes).filter(PlainText::startsLikePlainText);
        return text.isPresent() ? Optional.of(PlainText.document(text.get(), fileName, limits.maxTextChars()))
                : Optional.empty();
    }

    private static TikaInputStream open(Path file, String fileName, Metadata metadata)
            throws DocumentRejectedException {
        try {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            return TikaInputStream.get(file, metadata);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE,
                    fileName + ": cannot open the file: " + e.getMessage(), e);
        }
    }

    // Tika falls back to an empty parser for unknown types; that must be a rejection, not empty text.
    private boolean hasParserFor(MediaType type) {
        for (MediaType t = type; t != null; t = mediaTypes.getSupertype(t)) {
            if (parsersByType.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, encodingDetector);
        context.set(PDFParserConfig.class, pdfConfig);
        return context;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mirsad-parse-" + count.incrementAndGet());
            // A parse that never returns must not keep the JVM alive after the job ends.
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
        if (processes != null) {
            processes.close();
        }
    }
}
