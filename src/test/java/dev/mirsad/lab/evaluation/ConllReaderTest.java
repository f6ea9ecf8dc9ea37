package dev.mirsad.lab.evaluation;

import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllReaderTest {

    @Test
    void skipsCommentLinesButKeepsAHashToken() {
        List<List<TaggedToken>> sentences = ConllReader.parse(List.of(
                "# newdoc id = GUM_news_1", "# sent_id = 1", "Baghdad\tB-LOC", "#\tO", "tags\tO", "",
                "# O", "Moscow B-LOC"));

        assertThat(sentences).containsExactly(
                List.of(new TaggedToken("Baghdad", "B-LOC"), new TaggedToken("#", "O"), new TaggedToken("tags", "O")),
                List.of(new TaggedToken("#", "O"), new TaggedToken("Moscow", "B-LOC")));
    }

    @Test
    void readsTheGivenColumnsAndCutsDocumentsAtTheirMarkers() {
        List<List<List<TaggedToken>>> documents = ConllReader.parseDocuments(List.of(
                "# doc = 1", "1\tLavrov\tB-PER\t-\t-", "2\tspoke\tO\t-\t-", "", "# doc = 2", "1\tMoscow\tB-LOC\t-\t-",
                "-DOCSTART- O", "1\tKyiv\tB-LOC\t-\t-"), new ConllReader.Columns(2, 3));

        assertThat(documents).containsExactly(
                List.of(List.of(new TaggedToken("Lavrov", "B-PER"), new TaggedToken("spoke", "O"))),
                List.of(List.of(new TaggedToken("Moscow", "B-LOC"))),
                List.of(List.of(new TaggedToken("Kyiv", "B-LOC"))));
    }

    @Test
    void aLineWithoutTheGivenColumnSaysWhichItNeeds() {
        assertThatThrownBy(() -> ConllReader.parseDocuments(List.of("Moscow B-LOC"), new ConllReader.Columns(2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag in field 3");
    }
}
