package dev.mirsad.pipeline;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.parse.RejectionReason;
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
 * A file in, an article or a rejection out. The pipeline re-checks what the scan saw (size and
 * modification time), so no article comes from bytes the manifest did not see, and it opens only
 * files inside the input folders.
 */
class ArticlePipelineTest {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.inThisProcess(ParserLimits.defaults(), new ArticleDating(ArticleDating.ALL));

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @AfterAll
    static void close() {
        PIPELINE.close();
    }

    @Test
    void aFileAsScannedBecomesAnArticleWithItsFactsAndTheirEntities() throws Exception {
        Path file = copyOfSeed();
        assertThat(process(file, asScanned(file))).isInstanceOfSatisfying(ArticleOutcome.Processed.class, processed -> {
            ProcessedArticle article = processed.article();
            assertThat(article.language().code()).isEqualTo("ar");
            assertThat(article.facts().mentions()).as("facts are extracted with the import").isNotEmpty();
            assertThat(article.versions()).isEqualTo(PIPELINE.versions());
            assertThat(article.entities()).extracting(ArticleEntity::ref).doesNotHaveDuplicates()
                    .containsAll(article.facts().mentions().stream().map(m -> m.entity()).toList());
            assertThat(article.entities()).filteredOn(e -> e.ref().type() == EntityType.LOCATION
                    && "CITY".equals(e.ref().subtype())).anySatisfy(city -> assertThat(city.coordinates()).isNotNull());
        });
    }

    @Test
    void aFileChangedAfterTheScanIsRejectedAsChanged() throws Exception {
        Path file = copyOfSeed();
        ScannedState scanned = asScanned(file);
        Files.writeString(file, "\nتعديل بعد المسح", StandardOpenOption.APPEND);
        assertThat(process(file, scanned)).isInstanceOfSatisfying(ArticleOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.CHANGED_SINCE_SCAN);
            assertThat(rejected.message()).contains("changed after the scan").contains(scanned.sizeBytes() + " bytes then");
        });
    }

    @Test
    void aFileRewrittenWithTheSameSizeAfterTheScanIsRejectedAsChanged() throws Exception {
        Path file = copyOfSeed();
        ScannedState scanned = asScanned(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] = (byte) ' ';
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        assertThat(process(file, scanned)).isInstanceOfSatisfying(ArticleOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.CHANGED_SINCE_SCAN));
    }

    @Test
    void aFileSwappedForALinkOutOfTheInputsAfterTheScanIsNotOpened() throws Exception {
        Path file = copyOfSeed();
        ScannedState scanned = asScanned(file);
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere.resolve("secret.txt"));
        Files.copy(Path.of("input/seeds/001_6c22a9322c8a761d.txt"), elsewhere.resolve("secret.txt"));
        assertThat(process(file, scanned)).isInstanceOfSatisfying(ArticleOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.OUTSIDE_INPUT));
    }

    @Test
    void digitsAndEntityResidueAreRejectedAsNotText() throws Exception {
        Path digits = Files.writeString(folder.resolve("digits.txt"), "4 8 15 16 23 42 ".repeat(5000));
        Path residue = Files.writeString(folder.resolve("laughs.txt"), "]>&lol9;");
        for (Path file : List.of(digits, residue)) {
            assertThat(process(file, asScanned(file))).as(file.toString()).isInstanceOfSatisfying(
                    ArticleOutcome.Rejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_TEXT));
        }
    }

    @Test
    void wordsAroundANulByteStayApart() throws Exception {
        String seed = Files.readString(Path.of("input/seeds/000_9503a997efecff43.txt"));
        Path file = Files.writeString(folder.resolve("nul.txt"), seed + "\nبغداد\u0000دمشق");
        assertThat(process(file, asScanned(file))).isInstanceOfSatisfying(ArticleOutcome.Processed.class,
                processed -> assertThat(processed.article().cleanText()).contains("بغداد دمشق"));
    }

    @Test
    void aFileGoneAfterTheScanIsRejectedAsUnreadable() throws Exception {
        Path file = copyOfSeed();
        ScannedState scanned = asScanned(file);
        Files.delete(file);
        assertThat(process(file, scanned)).isInstanceOfSatisfying(ArticleOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.UNREADABLE));
    }

    @Test
    void wordsAreCountedAsTheLetterAndDigitRunsTheRegexWouldFind() throws Exception {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        List<String> texts = List.of("", "  ", "قال الوزير: «إن 25 ألفاً وصلوا» في ٢٠١٥م.", "a-b_c  d\n\te½ Ⅻ 𝐀𝐁 x",
                "وإيران،لداعش...بالعراق", Files.readString(Path.of("input/seeds/000_9503a997efecff43.txt")));
        for (String text : texts) {
            assertThat(ArticlePipeline.countWords(text)).as(text).isEqualTo((int) word.matcher(text).results().count());
        }
    }

    private ArticleOutcome process(Path file, ScannedState scanned) throws Exception {
        return PIPELINE.process(file, InputRoots.of(InputFolders.of(List.of(folder))), scanned, PipelineStage.Timer.NONE);
    }

    private Path copyOfSeed() throws Exception {
        return Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve("article.txt"));
    }

    private static ScannedState asScanned(Path file) throws Exception {
        return new ScannedState(Files.size(file), Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
    }
}
