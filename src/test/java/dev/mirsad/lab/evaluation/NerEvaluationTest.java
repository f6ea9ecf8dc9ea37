package dev.mirsad.lab.evaluation;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import dev.mirsad.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NerEvaluationTest {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.inThisProcess(ParserLimits.defaults(), ArticleDating.metadataOnly());

    @AfterAll
    static void close() {
        PIPELINE.close();
    }

    /** Two sentences: a person with a title, a clitic-led country, an organization, a place missed on purpose. */
    private static final List<String> CONLL = List.of(
            "قال O", "وزير O", "الدفاع O", "العراقي O", "خالد B-PERS", "العبيدي I-PERS", "إن O",
            "وزارة B-ORG", "الدفاع I-ORG", "العراقية I-ORG", "تتعاون O", "مع O", "وإيران B-LOC", ". O",
            "",
            "وصل\tO", "العبيدي\tB-PERS", "إلى\tO", "زرقوبلاند\tB-LOC", "مع\tO", "وفد\tO", "من\tB-MISC", ".\tO");

    @Test
    void readsTagsWithSpacesOrTabsAndSplitsSentences() {
        List<List<ConllReader.TaggedToken>> sentences = ConllReader.parse(CONLL);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).get(1)).isEqualTo(new ConllReader.TaggedToken("العبيدي", "B-PERS"));
    }

    @Test
    void goldMentionsComeFromBioTagsWithoutMisc() {
        List<ConllReader.TaggedToken> tokens = ConllReader.parse(CONLL).get(0);
        assertThat(NerEvaluation.goldSpans(tokens)).containsExactly(
                new EntitySpan("PERS", 4, 6), new EntitySpan("ORG", 7, 10), new EntitySpan("LOC", 12, 13));
    }

    @Test
    void scoresMentionsPerTypeWithCliticsAndCoreference() {
        NerScores scores = new NerEvaluation(PIPELINE, 20, new DetectedLanguage("ar", 1.0)).score(ConllReader.parse(CONLL));

        assertThat(scores.of("PERS").truePositives()).isEqualTo(2);
        assertThat(scores.of("ORG").truePositives()).isEqualTo(1);
        assertThat(scores.of("LOC").truePositives()).isEqualTo(1);
        assertThat(scores.of("LOC").falseNegatives()).isEqualTo(1);
        assertThat(scores.micro().recall()).isEqualTo(4.0 / 5);
        assertThat(scores.errors()).anyMatch(e -> e.startsWith("missed LOC: زرقوبلاند"));
    }

    @Test
    void theCommandPrintsTheTableAndNeedsNoDatabase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.write(file, CONLL);

        Cli.Result result = Cli.labWithoutDatabase().run("eval-ner", "--conll", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("PERS").contains("micro").contains("0.800");
    }

    @Test
    void aMissingFileIsAUsageError(@TempDir Path dir) {
        Cli.Result result = Cli.labWithoutDatabase().run("eval-ner", "--conll", dir.resolve("none.conll").toString());

        assertThat(result.exitCode()).isEqualTo(2);
    }
}
