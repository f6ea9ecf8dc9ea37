package dev.mirsad.pipeline;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.dating.DateSource;
import dev.mirsad.extract.facts.TimeExpression;
import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.ParserLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real files through real Tika: each source dates an article, the first in their order wins, and the
 * article's relative dates resolve against the date it got.
 */
class ArticlePipelineDatingTest {

    private static final ArticlePipeline PIPELINE =
            ArticlePipeline.inThisProcess(ParserLimits.defaults(), new ArticleDating(ArticleDating.ALL));
    private static final String BODY = "وصل وفد وزارة الخارجية العراقية إلى موسكو أمس في زيارة رسمية تستمر ثلاثة أيام، "
            + "وقال المتحدث باسم الوزارة إن المحادثات ستتناول التعاون الأمني بين البلدين.";

    @TempDir
    Path input;

    @AfterAll
    static void close() {
        PIPELINE.close();
    }

    @Test
    void theDocumentsMetadataWinsOverADatelineAndTheFileName() throws Exception {
        Path html = Files.writeString(input.resolve("2015-07-21-talks.html"), """
                <html><head><meta charset="utf-8"><title>زيارة</title>
                <meta name="pubdate" content="2016-03-01"></head>
                <body><p>بغداد - 24 شباط 2022: %s</p></body></html>""".formatted(BODY));
        ProcessedArticle article = processed(html);
        assertDated(article, LocalDate.of(2016, 3, 1), DateSource.METADATA, "2016-02-29");
    }

    @Test
    void aDatelineWinsOverTheFileName() throws Exception {
        ProcessedArticle article = processed(Files.writeString(input.resolve("2015-07-21-talks.txt"),
                "بغداد - 24 شباط 2022: " + BODY));
        assertDated(article, LocalDate.of(2022, 2, 24), DateSource.DATELINE, "2022-02-23");
    }

    @Test
    void theFileNameOrItsFoldersDateAnArticleWithoutADateline() throws Exception {
        Path folder = Files.createDirectories(input.resolve("archive/2015/07/21"));
        ProcessedArticle inFolders = processed(Files.writeString(folder.resolve("talks.txt"), BODY));
        assertDated(inFolders, LocalDate.of(2015, 7, 21), DateSource.PATH, "2015-07-20");
        assertThat(processed(Files.writeString(input.resolve("snn_20150722_aawsat_00001.txt"), BODY)).publishedOn())
                .isEqualTo(LocalDate.of(2015, 7, 22));
    }

    @Test
    void aSidecarDatesAnArticleNothingElseDates() throws Exception {
        Path text = Files.writeString(input.resolve("talks.txt"), BODY);
        Files.writeString(input.resolve("talks.txt.json"), "{\"datePublished\": \"2019-05-10\"}");
        ProcessedArticle article = processed(text);
        assertDated(article, LocalDate.of(2019, 5, 10), DateSource.SIDECAR, "2019-05-09");
    }

    @Test
    void anArticleNoSourceDatesHasNoDateAndItsRelativeDatesStayUnresolved() throws Exception {
        Path text = Files.writeString(input.resolve("talks.txt"), BODY);
        Files.setLastModifiedTime(text, FileTime.fromMillis(1_437_436_800_000L));
        ProcessedArticle article = processed(text);
        assertThat(article.publishedOn()).as("never the modification time").isNull();
        assertThat(article.publishedOnSource()).isNull();
        assertThat(article.facts().times()).extracting(TimeExpression::surface).doesNotContain("أمس");
    }

    private ProcessedArticle processed(Path file) throws Exception {
        ScannedState scanned = new ScannedState(Files.size(file), Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
        ArticleOutcome outcome = PIPELINE.process(file, InputRoots.of(InputFolders.of(List.of(input))), scanned,
                PipelineStage.Timer.NONE);
        assertThat(outcome).isInstanceOf(ArticleOutcome.Processed.class);
        return ((ArticleOutcome.Processed) outcome).article();
    }

    /** The article's date and its source, and a relative date of the text ("أمس") resolved against it. */
    private static void assertDated(ProcessedArticle article, LocalDate date, DateSource source, String dayBefore) {
        assertThat(article.publishedOn()).isEqualTo(date);
        assertThat(article.publishedOnSource()).isEqualTo(source);
        assertThat(valuesOf(article)).contains(dayBefore);
    }

    private static List<String> valuesOf(ProcessedArticle article) {
        return article.facts().times().stream().map(TimeExpression::value).toList();
    }
}
