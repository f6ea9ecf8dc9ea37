package dev.mirsad.ingest.imports;

import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ProcessingTimes;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.Sha256;
import dev.mirsad.text.TextCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import re-checks what the scan saw (size and modification time): no article is stored from
 * bytes the manifest did not see; and it opens only files inside the night's input folders.
 */
class ImportProcessorTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private final ImportProcessor processor = new ImportProcessor(PARSER, new TextCleaner(), new LanguageDetector(),
            new FactExtractor(), new ProcessingTimes());

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @AfterAll
    static void close() {
        PARSER.close();
    }

    @Test
    void aFileAsScannedIsIngestedWithItsFacts() throws Exception {
        Path file = copyOfSeed();
        assertThat(process(asScanned(file))).isInstanceOfSatisfying(
                ImportOutcome.Ingested.class, article -> {
                    assertThat(article.language().code()).isEqualTo("ar");
                    assertThat(article.facts().mentions()).as("facts are extracted with the import").isNotEmpty();
                });
    }

    @Test
    void aFileChangedAfterTheScanIsRejectedAsChanged() throws Exception {
        Path file = copyOfSeed();
        ManifestEntry scanned = asScanned(file);
        Files.writeString(file, "\nتعديل بعد المسح", StandardOpenOption.APPEND);
        assertThat(process(scanned)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                rejected -> {
                    assertThat(rejected.reason()).isEqualTo(RejectionReason.CHANGED_SINCE_SCAN);
                    assertThat(rejected.message()).contains("changed after the scan").contains(scanned.sizeBytes() + " bytes then");
                });
    }

    @Test
    void aFileRewrittenWithTheSameSizeAfterTheScanIsRejectedAsChanged() throws Exception {
        Path file = copyOfSeed();
        ManifestEntry scanned = asScanned(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] = (byte) ' ';
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        assertThat(process(scanned)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.CHANGED_SINCE_SCAN));
    }

    @Test
    void aFileSwappedForALinkOutOfTheInputsAfterTheScanIsNotOpened() throws Exception {
        Path file = copyOfSeed();
        ManifestEntry scanned = asScanned(file);
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere.resolve("secret.txt"));
        Files.copy(Path.of("input/seeds/001_6c22a9322c8a761d.txt"), elsewhere.resolve("secret.txt"));
        assertThat(process(scanned)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.OUTSIDE_INPUT));
    }

    @Test
    void digitsAndEntityResidueAreRejectedAsNotText() throws Exception {
        Path digits = Files.writeString(folder.resolve("digits.txt"), "4 8 15 16 23 42 ".repeat(5000));
        Path residue = Files.writeString(folder.resolve("laughs.txt"), "]>&lol9;");
        for (Path file : List.of(digits, residue)) {
            assertThat(process(asScanned(file))).as(file.toString()).isInstanceOfSatisfying(
                    ImportOutcome.Rejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_TEXT));
        }
    }

    @Test
    void wordsAroundANulByteStayApart() throws Exception {
        String seed = Files.readString(Path.of("input/seeds/000_9503a997efecff43.txt"));
        Path file = Files.writeString(folder.resolve("nul.txt"), seed + "\nبغداد\u0000دمشق");
        assertThat(process(asScanned(file))).isInstanceOfSatisfying(ImportOutcome.Ingested.class,
                article -> assertThat(article.cleanText()).contains("بغداد دمشق"));
    }

    @Test
    void aFileGoneAfterTheScanIsRejectedAsUnreadable() throws Exception {
        Path file = copyOfSeed();
        ManifestEntry scanned = asScanned(file);
        Files.delete(file);
        assertThat(process(scanned)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.UNREADABLE));
    }

    @Test
    void wordsAreCountedAsTheLetterAndDigitRunsTheRegexWouldFind() throws Exception {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        List<String> texts = List.of("", "  ", "قال الوزير: «إن 25 ألفاً وصلوا» في ٢٠١٥م.", "a-b_c  d\n\te½ Ⅻ 𝐀𝐁 x",
                "وإيران،لداعش...بالعراق", Files.readString(Path.of("input/seeds/000_9503a997efecff43.txt")));
        for (String text : texts) {
            assertThat(ImportProcessor.countWords(text)).as(text).isEqualTo((int) word.matcher(text).results().count());
        }
    }

    private Path copyOfSeed() throws Exception {
        return Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve("article.txt"));
    }

    private ImportOutcome process(ManifestEntry entry) throws Exception {
        return processor.within(InputRoots.of(List.of(folder))).process(entry);
    }

    private static ManifestEntry asScanned(Path file) throws Exception {
        return new ManifestEntry(0, file.toUri().toString(), Files.size(file),
                Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS), Sha256.ofFile(file));
    }
}
