package dev.mirsad.lab.evaluation;

import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
