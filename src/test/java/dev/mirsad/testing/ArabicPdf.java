package dev.mirsad.testing;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes right-to-left Arabic text into a PDF the way a typesetter would: letters shaped into their
 * joined forms (ICU ArabicShaping) and each directional run reordered to visual order (ICU Bidi),
 * because PDF draws glyphs exactly as given. Needs a TrueType font with Arabic glyphs, e.g. DejaVu Sans.
 */
final class ArabicPdf {

    private static final float FONT_SIZE = 12;
    private static final float LEADING = 20;
    private static final float MARGIN = 56;

    private static final char HARAKAT_FORMS_FIRST = '\uFE70';
    private static final char HARAKAT_FORMS_LAST = '\uFE7F';

    private final Path fontFile;
    private final ArabicShaping shaping = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    ArabicPdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    byte[] write(String title, ZonedDateTime created, List<String> paragraphs) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, fontFile.toFile());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreationDate(GregorianCalendar.from(created.withZoneSameInstant(ZoneOffset.UTC)));
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(paragraph, font, PDRectangle.A4.getWidth() - 2 * MARGIN));
                lines.add("");
            }
            drawPages(document, font, lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawPages(PDDocument document, PDType0Font font, List<String> lines) throws IOException {
        int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        for (int first = 0; first < lines.size(); first += linesPerPage) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                for (String line : lines.subList(first, Math.min(lines.size(), first + linesPerPage))) {
                    if (!line.isEmpty()) {
                        drawLine(content, font, line, page.getMediaBox().getWidth() - MARGIN, y);
                    }
                    y -= LEADING;
                }
            }
        }
    }

    /**
     * Draws one right-aligned line as word processors do: each directional run (Arabic words, a
     * number, a Latin name) is its own text object at its place on the line, written in logical
     * order. A reader must sort glyphs by position to put "24" back inside "في 24 شباط".
     */
    private void drawLine(PDPageContentStream content, PDType0Font font, String logicalLine, float right, float y)
            throws IOException {
        String shaped = shape(logicalLine);
        Bidi bidi = new Bidi(shaped, Bidi.RTL);
        List<PlacedRun> runs = new ArrayList<>();
        float x = right - width(font, shaped);
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            String logical = shaped.substring(run.getStart(), run.getLimit());
            String drawn = run.isOddRun() ? Bidi.writeReverse(logical, Bidi.DO_MIRRORING) : logical;
            runs.add(new PlacedRun(run.getStart(), x, drawn));
            x += width(font, drawn);
        }
        runs.sort(Comparator.comparingInt(PlacedRun::logicalStart));
        for (PlacedRun run : runs) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(run.x(), y);
            content.showText(run.text());
            content.endText();
        }
    }

    private record PlacedRun(int logicalStart, float x, String text) {
    }

    // Greedy word wrap in logical order, measuring each candidate line as it will be drawn.
    private List<String> wrap(String paragraph, PDType0Font font, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, shape(candidate)) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String shape(String logicalText) {
        try {
            return plainHarakat(shaping.shape(logicalText));
        } catch (ArabicShapingException e) {
            throw new IllegalArgumentException("cannot shape: " + logicalText, e);
        }
    }

    // Shaping also turns vowel marks into presentation forms that carry a tatweel (كـُ); a text
    // extractor would then emit that tatweel. Plain combining marks are drawn just as well.
    private static String plainHarakat(String shaped) {
        StringBuilder plain = new StringBuilder(shaped.length());
        for (char c : shaped.toCharArray()) {
            if (c >= HARAKAT_FORMS_FIRST && c <= HARAKAT_FORMS_LAST) {
                plain.append(Normalizer2.getNFKCInstance().normalize(String.valueOf(c)).replaceAll("[\\sـ]", ""));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static float width(PDType0Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * FONT_SIZE;
    }
}
