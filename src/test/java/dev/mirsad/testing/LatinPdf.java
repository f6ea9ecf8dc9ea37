package dev.mirsad.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs with Latin text in a standard font, so tests need no font installed on the machine.
 */
public final class LatinPdf {

    private static final float FONT_SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 50;

    private LatinPdf() {
    }

    /** A PDF repeating the given lines on every one of {@code pages} pages. */
    public static byte[] of(List<String> lines, int pages) {
        return write(lines, pages, null);
    }

    /** A PDF that opens only with {@code userPassword}, encrypted with AES-128. */
    public static byte[] encrypted(List<String> lines, String userPassword) {
        return write(lines, 1, userPassword);
    }

    private static byte[] write(List<String> lines, int pages, String userPassword) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
