package dev.mirsad.ingest.imports;

import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ProcessingTimes;
import dev.mirsad.language.LanguageDetector;
import dev.mirsad.parse.DocumentParser;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.Sha256;
import dev.mirsad.text.TextCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The import re-checks the scan's hash: no article is stored from bytes the manifest did not see. */
class ImportProcessorTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private final ImportProcessor processor = new ImportProcessor(PARSER, new TextCleaner(), new LanguageDetector(),
            new FactExtractor(), new ProcessingTimes());

    @TempDir
    Path folder;

    @AfterAll
    static void close() {
        PARSER.close();
    }

    @Test
    void aFileAsScannedIsIngestedWithItsFacts() throws Exception {
        Path file = copyOfSeed();
        assertThat(processor.process(entry(file, Sha256.ofFile(file)))).isInstanceOfSatisfying(
                ImportOutcome.Ingested.class, article -> {
                    assertThat(article.language().code()).isEqualTo("ar");
                    assertThat(article.facts().mentions()).as("facts are extracted with the import").isNotEmpty();
                });
    }

    @Test
    void aFileChangedAfterTheScanIsRejectedAsChanged() throws Exception {
        Path file = copyOfSeed();
        String scanned = Sha256.ofFile(file);
        Files.writeString(file, "\nتعديل بعد المسح", StandardOpenOption.APPEND);
        assertThat(processor.process(entry(file, scanned))).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                rejected -> {
                    assertThat(rejected.reason()).isEqualTo(RejectionReason.CHANGED_SINCE_SCAN);
                    assertThat(rejected.message()).contains("changed after the scan").contains(scanned);
                });
    }

    @Test
    void aFileGoneAfterTheScanIsRejectedAsUnreadable() throws Exception {
        Path file = copyOfSeed();
        String scanned = Sha256.ofFile(file);
        Files.delete(file);
        assertThat(processor.process(entry(file, scanned))).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
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

    private static ManifestEntry entry(Path file, String sha256) {
        return new ManifestEntry(0, file.toUri().toString(), 0, sha256);
    }
}
