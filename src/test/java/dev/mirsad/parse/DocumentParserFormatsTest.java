package dev.mirsad.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Tika on the committed files in input/: every format must give the seed's text and metadata. */
class DocumentParserFormatsTest {

    private static final Path SEEDS = Path.of("input/seeds");
    private static final Path FORMATS = Path.of("input/formats");
    private static final Path OTHER_LANGUAGES = Path.of("input/other-languages");

    private static DocumentParser parser;

    @BeforeAll
    static void buildParser() {
        parser = new DocumentParser();
    }

    @AfterAll
    static void closeParser() {
        parser.close();
    }

    /** Seed, its copies' base name, and the publication date written into their metadata. */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("000_9503a997efecff43.txt", "quad-centre-000", LocalDate.of(2023, 2, 26)),
                Arguments.of("001_6c22a9322c8a761d.txt", "quad-centre-001", LocalDate.of(2019, 1, 16)),
                Arguments.of("002_a20eb08bd7318729.txt", "quad-centre-002", LocalDate.of(2020, 6, 1)),
                Arguments.of("003_5d76b8f4aa3cbccf.txt", "quad-centre-003", LocalDate.of(2019, 3, 10)),
                Arguments.of("004_156104466ac4f8bb.txt", "quad-centre-004", LocalDate.of(2016, 8, 22)));
    }

    static Stream<Arguments> samplesInEveryFormat() {
        List<String> formats = List.of(
                "html:text/html",
                "docx:application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "odt:application/vnd.oasis.opendocument.text",
                "pdf:application/pdf");
        return samples().flatMap(sample -> formats.stream().map(format -> {
            Object[] s = sample.get();
            String[] extensionAndType = format.split(":", 2);
            return Arguments.of(s[0], s[1] + "." + extensionAndType[0], extensionAndType[1], s[2]);
        }));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("samplesInEveryFormat")
    void everyFormatGivesTheSeedsWordsTitleAndDate(String seed, String copy, String mediaType, LocalDate published)
            throws Exception {
        String seedText = Files.readString(SEEDS.resolve(seed));

        ParsedDocument document = parser.parse(FORMATS.resolve(copy));

        // Same words in the same order: nothing lost, doubled or reordered (PDF digits included).
        assertThat(words(document.text())).containsExactlyElementsOf(words(seedText));
        assertThat(document.mediaType()).isEqualTo(mediaType);
        assertThat(document.title()).isEqualTo(seedText.lines().findFirst().orElseThrow().strip());
        assertThat(document.publishedOn()).isEqualTo(published);
    }

    @Test
    void pdfKeepsArabicNamesAndDigitsInPlace() throws Exception {
        String text = nfkc(parser.parse(FORMATS.resolve("quad-centre-000.pdf")).text());

        assertThat(text).contains("قاسم الأعرجي", "في 24 شباط/فبراير", "عام 2015");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void utf8SeedIsTakenAsWrittenWithoutTitleOrDate(String seed) throws Exception {
        ParsedDocument document = parser.parse(SEEDS.resolve(seed));

        assertThat(document.text()).isEqualTo(Files.readString(SEEDS.resolve(seed)).strip());
        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.title()).isNull();
        assertThat(document.publishedOn()).isNull();
    }

    @Test
    void windows1256CopyDecodesToTheSeed() throws Exception {
        ParsedDocument document = parser.parse(FORMATS.resolve("quad-centre-003-windows-1256.txt"));

        assertThat(document.text()).isEqualTo(Files.readString(SEEDS.resolve("003_5d76b8f4aa3cbccf.txt")).strip());
        assertThat(document.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void utf16CopyWithByteOrderMarkDecodesToTheSeed() throws Exception {
        ParsedDocument document = parser.parse(FORMATS.resolve("quad-centre-001-utf-16.txt"));

        assertThat(document.text()).isEqualTo(Files.readString(SEEDS.resolve("001_6c22a9322c8a761d.txt")).strip());
    }

    // NUL bytes are valid UTF-8, so the plain-text fast path must rule out UTF-16 first.
    @Test
    void utf16WithoutByteOrderMarkNamedTxtDecodesToTheSeed(@TempDir Path folder) throws Exception {
        String seed = Files.readString(SEEDS.resolve("001_6c22a9322c8a761d.txt")).strip();
        Path file = Files.write(folder.resolve("no-bom.txt"), seed.getBytes(StandardCharsets.UTF_16LE));

        assertThat(parser.parse(file).text()).isEqualTo(seed);
    }

    // Tika's default detector chain reads these short lines as KOI8-R or MacCyrillic.
    @ParameterizedTest
    @MethodSource("shortArabicLines")
    void shortWindows1256LineIsNotMistakenForCyrillic(String line, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("short.txt");
        Files.write(file, line.getBytes(Charset.forName("windows-1256")));

        assertThat(parser.parse(file).text()).isEqualTo(line);
    }

    static Stream<String> shortArabicLines() {
        return Stream.of("مستشار الأمن القومي العراقي", "المركز الرباعي في بغداد", "قاسم الأعرجي");
    }

    @Test
    void utf8TextFileIsPlainTextAndMarkupNamedTxtIsStillParsedAsMarkup(@TempDir Path folder) throws Exception {
        Path text = folder.resolve("article.txt");
        Files.writeString(text, "قاسم الأعرجي في بغداد\n\nالتقى المستشار الوفد.");
        Path html = folder.resolve("saved-page.txt");
        Files.writeString(html, "<html><head><title>عنوان</title></head><body><p>بغداد</p></body></html>");

        ParsedDocument plain = parser.parse(text);
        ParsedDocument page = parser.parse(html);

        assertThat(plain.mediaType()).isEqualTo("text/plain");
        assertThat(plain.text()).isEqualTo("قاسم الأعرجي في بغداد\n\nالتقى المستشار الوفد.");
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.text()).isEqualTo("بغداد");
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.txt");
        Files.write(file, ("\uFEFF" + "بغداد").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parser.parse(file).text()).isEqualTo("بغداد");
    }

    @Test
    void otherLanguagesAreExtractedToo() throws Exception {
        assertThat(parser.parse(OTHER_LANGUAGES.resolve("amman-ministers-en.txt")).text())
                .startsWith("Foreign ministers meet in Amman").contains("14 March 2023");
        assertThat(parser.parse(OTHER_LANGUAGES.resolve("moscow-consultations-ru.txt")).text())
                .startsWith("В Москве прошли консультации").contains("5 октября 2022 года");
    }

    @Test
    void htmlWithoutTitleElementFallsBackToOpenGraphTitle(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("og.html");
        Files.writeString(file, "<html><head><meta charset=\"utf-8\">"
                + "<meta property=\"og:title\" content=\"اجتماع رباعي في بغداد\"></head>"
                + "<body><p>عقد الاجتماع في بغداد.</p></body></html>");

        assertThat(parser.parse(file).title()).isEqualTo("اجتماع رباعي في بغداد");
    }

    @Test
    void dateNeverComesFromTheFileModificationTime(@TempDir Path folder) throws Exception {
        Path html = folder.resolve("undated.html");
        Files.writeString(html, "<html><head><meta charset=\"utf-8\"><title>بلا تاريخ</title></head>"
                + "<body><p>عقد الاجتماع في بغداد.</p></body></html>");
        Path text = folder.resolve("undated.txt");
        Files.writeString(text, "عقد الاجتماع في بغداد.");
        for (Path file : List.of(html, text)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-05-05T12:00:00Z")));
        }

        assertThat(parser.parse(html).publishedOn()).isNull();
        assertThat(parser.parse(text).publishedOn()).isNull();
    }

    @Test
    void publicationTimeIsPreferredToTheGenericDate(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("two-dates.html");
        Files.writeString(file, "<html><head><meta charset=\"utf-8\"><title>t</title>"
                + "<meta name=\"date\" content=\"2024-01-01\">"
                + "<meta property=\"article:published_time\" content=\"2023-02-26T23:30:00-05:00\"></head>"
                + "<body><p>نص</p></body></html>");

        // The publisher's own calendar day, not converted to UTC (which would be 27 February).
        assertThat(parser.parse(file).publishedOn()).isEqualTo(LocalDate.of(2023, 2, 26));
    }

    @Test
    void htmlDeclaredInWindows1256IsDecodedByItsMetaCharset(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("legacy.html");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>بغداد</title></head><body><p>مستشار الأمن القومي العراقي</p></body></html>";
        Files.write(file, html.getBytes(Charset.forName("windows-1256")));

        ParsedDocument document = parser.parse(file);

        assertThat(document.title()).isEqualTo("بغداد");
        assertThat(document.text()).isEqualTo("مستشار الأمن القومي العراقي");
    }

    private static List<String> words(String text) {
        return List.of(nfkc(text).strip().split("\\s+"));
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
