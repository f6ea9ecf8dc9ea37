package dev.mirsad.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes input/formats/: each seed article as HTML, DOCX, ODT and PDF with a title and a publication
 * date in the document's own metadata, plus Windows-1256 and UTF-16 copies of two seeds. Run once by
 * hand; its output is committed, so tests never depend on the fonts it needs.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) dev.mirsad.testing.SampleInputGenerator \
 *     input /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
 * </pre>
 * DOCX and ODT files differ byte-wise on each run (zip timestamps, POI ids) but not in content.
 */
public final class SampleInputGenerator {

    /**
     * One seed and the metadata its copies carry. The HTML copies use a different meta name and date
     * format each, as real sites do.
     */
    record Sample(String seed, String baseName, ZonedDateTime published, String htmlDateName, String htmlDateValue) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("000_9503a997efecff43.txt", "quad-centre-000", ZonedDateTime.parse("2023-02-26T10:00:00Z"),
                    "article:published_time", "2023-02-26T10:00:00Z"),
            new Sample("001_6c22a9322c8a761d.txt", "quad-centre-001", ZonedDateTime.parse("2019-01-16T08:30:00Z"),
                    "date", "2019-01-16"),
            new Sample("002_a20eb08bd7318729.txt", "quad-centre-002", ZonedDateTime.parse("2020-06-01T12:15:00Z"),
                    "DC.date.issued", "2020-06-01T15:15:00+03:00"),
            new Sample("003_5d76b8f4aa3cbccf.txt", "quad-centre-003", ZonedDateTime.parse("2019-03-10T09:00:00Z"),
                    "pubdate", "Sun, 10 Mar 2019 09:00:00 GMT"),
            new Sample("004_156104466ac4f8bb.txt", "quad-centre-004", ZonedDateTime.parse("2016-08-22T18:45:00Z"),
                    "dc.date", "22/08/2016"));

    static final String WINDOWS_1256_COPY = "quad-centre-003-windows-1256.txt";
    static final String UTF_16_COPY = "quad-centre-001-utf-16.txt";

    private SampleInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        ArabicPdf pdf = new ArabicPdf(Path.of(args[1]));
        Path formats = Files.createDirectories(input.resolve("formats"));
        for (Sample sample : SAMPLES) {
            List<String> paragraphs = paragraphs(Files.readString(input.resolve("seeds").resolve(sample.seed())));
            String title = paragraphs.get(0);
            Files.writeString(formats.resolve(sample.baseName() + ".html"), html(sample, title, paragraphs));
            Files.write(formats.resolve(sample.baseName() + ".docx"), docx(sample, title, paragraphs));
            Files.write(formats.resolve(sample.baseName() + ".odt"), odt(sample, title, paragraphs));
            Files.write(formats.resolve(sample.baseName() + ".pdf"), pdf.write(title, sample.published(), paragraphs));
        }
        String seed003 = Files.readString(input.resolve("seeds").resolve(SAMPLES.get(3).seed()));
        Files.write(formats.resolve(WINDOWS_1256_COPY), encodeExactly(seed003, Charset.forName("windows-1256")));
        String seed001 = Files.readString(input.resolve("seeds").resolve(SAMPLES.get(1).seed()));
        // Java's "UTF-16" encoder writes a big-endian byte-order mark first.
        Files.write(formats.resolve(UTF_16_COPY), seed001.getBytes(StandardCharsets.UTF_16));
    }

    static List<String> paragraphs(String article) {
        return article.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String html(Sample sample, String title, List<String> paragraphs) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n")
                .append("<meta name=\"").append(sample.htmlDateName()).append("\" content=\"")
                .append(sample.htmlDateValue()).append("\">\n")
                .append("</head>\n<body>\n<article>\n<h1>").append(escape(title)).append("</h1>\n");
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.append("</article>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] docx(Sample sample, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreated(Optional.of(Date.from(sample.published().toInstant())));
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                paragraph.getCTP().addNewPPr().addNewBidi();
                XWPFRun run = paragraph.createRun();
                run.getCTR().addNewRPr().addNewRtl();
                run.setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static final String ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    // An ODT is a zip whose first entry, stored uncompressed, names its type; content and meta are XML.
    private static byte[] odt(Sample sample, String title, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\""
                + ODF_OFFICE + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>\n";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta xmlns:office=\"" + ODF_OFFICE
                + "\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
                + "<dc:title>" + escape(title) + "</dc:title><meta:creation-date>"
                + sample.published().toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + "</meta:creation-date></office:meta></office:document-meta>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            storeUncompressed(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            deflate(zip, "content.xml", content);
            deflate(zip, "meta.xml", meta);
            deflate(zip, "META-INF/manifest.xml", manifest);
        }
        return out.toByteArray();
    }

    static void storeUncompressed(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflate(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // Refuses to write a lossy copy: a character the charset lacks must not become '?'.
    private static byte[] encodeExactly(String text, Charset charset) throws CharacterCodingException {
        ByteBuffer bytes = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return array;
    }
}
