package dev.mirsad.testing;

import dev.mirsad.parse.RejectionReason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files built to hurt a parser (decompression bombs, entity expansion, self-referencing PDFs, huge
 * files, broken encodings, hostile names), written with the reason each must be rejected with, or
 * none when it must be ingested. Text comes from the seed articles under {@code input/seeds}.
 */
public final class HostileFiles {

    /** Names that would break SQL or paths built by string concatenation; each holds a good article. */
    public static final List<String> HOSTILE_NAMES = List.of(
            "Robert'); DROP TABLE article;--.txt",
            "line\nbreak.txt",
            "..\\..\\windows-style ..;.txt",
            "back`tick` $(id) %s.txt");

    /**
     * Built to exhaust a parser: whether its child process runs out of memory (CORRUPT) or of time
     * (PARSE_TIMEOUT) first depends on the machine's speed; either way it is killed and rejected.
     */
    public static final List<String> BOMBS = List.of("zip-bomb.docx", "content-stream-bomb.pdf");

    private static final String ARTICLE_SEED = "input/seeds/001_6c22a9322c8a761d.txt";

    private HostileFiles() {
    }

    /** Writes every parser-level hostile file (no file-system tricks) into {@code folder}. */
    public static List<BadFiles.BadFile> writeTo(Path folder, long hugeTextBytes) throws IOException {
        Files.createDirectories(folder);
        String article = Files.readString(Path.of(ARTICLE_SEED), StandardCharsets.UTF_8);
        List<BadFiles.BadFile> files = new ArrayList<>();
        add(folder, "zip-bomb.docx", zipBombDocx(), RejectionReason.CORRUPT, files);
        add(folder, "billion-laughs.docx", billionLaughsDocx(), RejectionReason.CORRUPT, files);
        add(folder, "billion-laughs.odt", billionLaughsOdt(), RejectionReason.CORRUPT, files);
        add(folder, "page-tree-loop.pdf", pageTreeLoopPdf(), RejectionReason.EMPTY_TEXT, files);
        add(folder, "content-stream-bomb.pdf", contentStreamBombPdf(), RejectionReason.CORRUPT, files);
        add(folder, "encrypted.pdf", LatinPdf.encrypted(List.of("secret minutes of the meeting"), "s3cret"),
                RejectionReason.ENCRYPTED, files);
        add(folder, "zero-bytes.txt", new byte[0], RejectionReason.EMPTY_TEXT, files);
        LargeCorpus.writeOversized(folder.resolve("huge.txt"), hugeTextBytes);
        files.add(new BadFiles.BadFile("huge.txt", Optional.of(RejectionReason.TOO_LARGE)));
        add(folder, "invalid-utf-8.txt", withInvalidUtf8(article), null, files);
        add(folder, "utf-16le-no-bom.txt", article.getBytes(StandardCharsets.UTF_16LE), null, files);
        add(folder, "windows-1256.txt", article.getBytes(Charset.forName("windows-1256")), null, files);
        for (String name : HOSTILE_NAMES) {
            add(folder, name, article.getBytes(StandardCharsets.UTF_8), null, files);
        }
        return files;
    }

    private static void add(Path folder, String name, byte[] bytes, RejectionReason reason,
                            List<BadFiles.BadFile> files) throws IOException {
        Files.write(folder.resolve(name), bytes);
        files.add(new BadFiles.BadFile(name, Optional.ofNullable(reason)));
    }

    // 1 GB of one repeated paragraph deflates to about 1 MB.
    private static byte[] zipBombDocx() throws IOException {
        byte[] paragraph = "<w:p><w:r><w:t>قنبلة</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = paragraph[i % paragraph.length];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = docx(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + WORD_NS + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1024; i++) {
                zip.write(block);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String LAUGHS = """
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    private static byte[] billionLaughsDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = docx(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LAUGHS + "<w:document xmlns:w=\"" + WORD_NS
                    + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] billionLaughsOdt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // OpenDocument wants its mimetype first and stored, uncompressed.
            SampleInputGenerator.storeUncompressed(zip, "mimetype",
                    "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
                    + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LAUGHS
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>&lol9;</text:p></office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static ZipOutputStream docx(OutputStream bytes) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(bytes);
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        return zip;
    }

    // The page tree's root lists itself as its own kid: a naive walker never ends.
    private static byte[] pageTreeLoopPdf() {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                "<< /Length 0 >>\nstream\n\nendstream"));
    }

    // A 2 KB page whose content stream inflates to hundreds of MB of text-showing operators.
    private static byte[] contentStreamBombPdf() throws IOException {
        byte[] operators = "BT /F1 12 Tf 72 712 Td (boom boom boom boom boom boom boom boom) Tj ET\n"
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream out = new java.util.zip.DeflaterOutputStream(compressed, deflater)) {
            byte[] block = new byte[operators.length * 10_000];
            for (int i = 0; i < block.length; i++) {
                block[i] = operators[i % operators.length];
            }
            for (int i = 0; i < 400; i++) {
                out.write(block);
            }
        }
        byte[] stream = compressed.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        // Object 4, left empty here, is the compressed content stream.
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add((long) pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects.get(i).isEmpty()) {
                pdf.writeBytes(("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n")
                        .getBytes(StandardCharsets.US_ASCII));
                pdf.writeBytes(stream);
                pdf.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
            } else {
                pdf.writeBytes(objects.get(i).getBytes(StandardCharsets.US_ASCII));
            }
            pdf.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        writeXrefAndTrailer(pdf, offsets);
        return pdf.toByteArray();
    }

    private static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < objects.size(); i++) {
            offsets.add((long) pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        writeXrefAndTrailer(pdf, offsets);
        return pdf.toByteArray();
    }

    private static void writeXrefAndTrailer(ByteArrayOutputStream pdf, List<Long> offsets) {
        long xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
    }

    // Stray continuation bytes and a truncated sequence in the middle of good UTF-8 Arabic.
    private static byte[] withInvalidUtf8(String article) {
        byte[] good = article.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good, 0, good.length / 2);
        bytes.writeBytes(new byte[] {(byte) 0x80, (byte) 0xBF, (byte) 0xC3, (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
        bytes.write(good, good.length / 2, good.length - good.length / 2);
        return bytes.toByteArray();
    }
}
