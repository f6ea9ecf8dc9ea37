package dev.mirsad.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mirsad.testing.BadFiles;
import dev.mirsad.testing.BadFiles.BadFile;
import dev.mirsad.testing.LatinPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a night must survive: each gets its stable reason and a message naming the file. */
class DocumentParserRejectionsTest {

    private static final Path SEED = Path.of("input/seeds/000_9503a997efecff43.txt");
    private static final Path HTML = Path.of("input/formats/quad-centre-000.html");

    private static DocumentParser parser;

    @BeforeAll
    static void buildParser() {
        parser = new DocumentParser();
    }

    @AfterAll
    static void closeParser() {
        parser.close();
    }

    @Test
    void everyBadFileGetsItsExpectedReasonAndTheHostileNameIsIngested(@TempDir Path folder) throws Exception {
        List<BadFile> badFiles = BadFiles.writeTo(folder);

        assertThat(badFiles).extracting(BadFile::name)
                .contains("empty.txt", "junk.pdf", "truncated.pdf", "encrypted.pdf", "encrypted.docx", BadFiles.HOSTILE_NAME);
        for (BadFile bad : badFiles) {
            Path file = folder.resolve(bad.name());
            if (bad.expectedRejection().isPresent()) {
                assertRejected(() -> parser.parse(file), bad.expectedRejection().get(), bad.name());
            } else {
                assertThat(parser.parse(file).text()).isEqualTo(BadFiles.HOSTILE_NAME_TEXT.strip());
            }
        }
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path folder) {
        assertRejected(() -> parser.parse(folder.resolve("gone.txt")), RejectionReason.UNREADABLE, "gone.txt");
    }

    @Test
    void directoryIsUnreadable(@TempDir Path folder) throws IOException {
        Path directory = Files.createDirectory(folder.resolve("article.txt"));

        assertRejected(() -> parser.parse(directory), RejectionReason.UNREADABLE, "article.txt");
    }

    @Test
    void fileWithoutReadPermissionIsUnreadable(@TempDir Path folder) throws IOException {
        Path file = Files.copy(SEED, folder.resolve("locked.txt"));
        assertThat(file.toFile().setReadable(false, false)).isTrue();
        // Root reads anything; the check only means something for an ordinary user.
        assumeFalse(Files.isReadable(file), "running as root");

        assertRejected(() -> parser.parse(file), RejectionReason.UNREADABLE, "locked.txt");
    }

    @Test
    void fileOverTheByteLimitIsTooLargeBeforeParsing() throws Exception {
        long size = Files.size(SEED);
        try (DocumentParser small = new DocumentParser(new ParserLimits(size - 1, Duration.ofSeconds(30), 1_000_000))) {
            assertRejected(() -> small.parse(SEED), RejectionReason.TOO_LARGE, SEED.getFileName().toString());
        }
        try (DocumentParser exact = new DocumentParser(new ParserLimits(size, Duration.ofSeconds(30), 1_000_000))) {
            assertThat(exact.parse(SEED).text()).isNotEmpty();
        }
    }

    @Test
    void textOverTheCharacterLimitIsTooLargeNotTruncated() throws Exception {
        int seedChars = parser.parse(SEED).text().length();
        int htmlChars = parser.parse(HTML).text().length();
        try (DocumentParser limited = new DocumentParser(new ParserLimits(1_000_000, Duration.ofSeconds(30), 1000))) {
            // The UTF-8 fast path and Tika's own write limit must agree.
            assertThat(seedChars).isGreaterThan(1000);
            assertRejected(() -> limited.parse(SEED), RejectionReason.TOO_LARGE, SEED.getFileName().toString());
            assertThat(htmlChars).isGreaterThan(1000);
            assertRejected(() -> limited.parse(HTML), RejectionReason.TOO_LARGE, HTML.getFileName().toString());
        }
    }

    @Test
    void blankTextIsEmpty(@TempDir Path folder) throws IOException {
        Path blank = Files.writeString(folder.resolve("blank.txt"), " \n\t\n  ");
        Path noBody = Files.writeString(folder.resolve("no-body.html"), "<html><head><title>عنوان</title></head><body> </body></html>");

        assertRejected(() -> parser.parse(blank), RejectionReason.EMPTY_TEXT, "blank.txt");
        assertRejected(() -> parser.parse(noBody), RejectionReason.EMPTY_TEXT, "no-body.html");
    }

    @Test
    void formatsWithoutAParserAreUnsupported(@TempDir Path folder) throws IOException {
        Path binary = Files.write(folder.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xC8, 5, 0, 0, (byte) 0xFF});
        Path png = Files.write(folder.resolve("photo.png"), onePixelPng());
        Path zip = Files.write(folder.resolve("articles.zip"), zipOf("article.txt", "بغداد"));

        assertRejected(() -> parser.parse(binary), RejectionReason.UNSUPPORTED_TYPE, "application/octet-stream");
        assertRejected(() -> parser.parse(png), RejectionReason.UNSUPPORTED_TYPE, "image/png");
        assertRejected(() -> parser.parse(zip), RejectionReason.UNSUPPORTED_TYPE, "application/zip");
    }

    @Test
    void slowParseIsAbandonedAtTheTimeoutAndTheParserCarriesOn(@TempDir Path folder) throws Exception {
        Path bigPdf = writeBigPdf(folder);
        Duration timeout = Duration.ofMillis(300);
        try (DocumentParser impatient = new DocumentParser(new ParserLimits(50_000_000, timeout, 5_000_000))) {
            long start = System.nanoTime();
            assertRejected(() -> impatient.parse(bigPdf), RejectionReason.PARSE_TIMEOUT, "big.pdf");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            // The caller got control back at the timeout, not when the parse finished (seconds).
            assertThat(waited).isLessThan(timeout.plusMillis(700));
            assertThat(impatient.parse(SEED).text()).startsWith("اجتماع أمني رباعي");
        }
        try (DocumentParser patient = new DocumentParser()) {
            assertThat(patient.parse(bigPdf).text()).contains("border security");
        }
    }

    @Test
    void interruptedCallerIsNotARejectionAndKeepsItsInterrupt(@TempDir Path folder) throws IOException {
        Path bigPdf = writeBigPdf(folder);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> parser.parse(bigPdf)).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void closedParserRefusesWork() {
        DocumentParser closed = new DocumentParser();
        closed.close();

        assertThatThrownBy(() -> closed.parse(SEED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void severalThreadsShareOneParser() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var formats = Files.list(Path.of("input/formats"))) {
            formats.sorted().forEach(files::add);
        }
        List<String> sequential = new ArrayList<>();
        for (Path file : files) {
            sequential.add(parser.parse(file).text());
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (Path file : files) {
            tasks.add(() -> parser.parse(file).text());
        }

        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<String> concurrent = new ArrayList<>();
        try {
            for (Future<String> result : callers.invokeAll(tasks)) {
                concurrent.add(result.get());
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(concurrent).containsExactlyElementsOf(sequential);
    }

    private static void assertRejected(ThrowingCallable parse, RejectionReason reason, String messagePart) {
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(reason))
                .hasMessageContaining(messagePart);
    }

    // 300 pages take Tika seconds to parse: long enough to be caught running.
    private static Path writeBigPdf(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            lines.add("Line " + i + " of a long report on border security talks held in Baghdad in 2023.");
        }
        return Files.write(folder.resolve("big.pdf"), LatinPdf.of(lines, 300));
    }

    private static byte[] zipOf(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // The smallest valid PNG: a 1x1 grey pixel.
    private static byte[] onePixelPng() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                + "3a7e9b550000000a4944415478da63600000000200017e2d83d00000000049454e44ae426082");
    }
}
