package dev.mirsad.lab.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllSourceTest {

    @TempDir
    Path folder;

    private ConllSource tenDocuments() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            lines.addAll(List.of("# doc = " + d, "word" + d + "\tO", "", "more" + d + "\tO", ""));
        }
        Path file = Files.write(folder.resolve("corpus.bio"), lines);
        return new ConllSource.Converter().convert(file.toString());
    }

    private static List<String> firstWords(List<List<ConllReader.TaggedToken>> sentences) {
        return sentences.stream().map(s -> s.get(0).text()).toList();
    }

    @Test
    void everyFifthDocumentIsForDevelopmentAndTheRestForTraining() throws IOException {
        ConllSource source = tenDocuments();

        assertThat(firstWords(source.sentences(ConllSource.Part.development))).containsExactly("word5", "more5", "word10", "more10");
        assertThat(source.sentences(ConllSource.Part.training)).hasSize(16).noneMatch(s -> s.get(0).text().endsWith("5"));
        assertThat(source.sentences(ConllSource.Part.all)).hasSize(20);
    }

    @Test
    void cutsDocumentsIntoTextsOfAtMostTheGivenSentences() throws IOException {
        assertThat(tenDocuments().texts(ConllSource.Part.all, 1)).hasSize(20);
        assertThat(tenDocuments().texts(ConllSource.Part.all, 20)).hasSize(10).allMatch(text -> text.size() == 2);
    }

    @Test
    void readsTheColumnsAfterTheFileName() {
        ConllSource source = new ConllSource.Converter().convert("gum-ner-train.tsv@1,2");

        assertThat(source.file()).isEqualTo(Path.of("gum-ner-train.tsv"));
        assertThat(source.columns()).isEqualTo(new ConllReader.Columns(1, 2));
        assertThat(new ConllSource.Converter().convert("a@b.txt").file()).isEqualTo(Path.of("a@b.txt"));
    }

    @Test
    void aFileWithTooFewDocumentsHasNoDevelopmentPart() throws IOException {
        Path file = Files.write(folder.resolve("one.bio"), List.of("Moscow\tB-LOC"));
        ConllSource source = new ConllSource.Converter().convert(file.toString());

        assertThatThrownBy(() -> source.sentences(ConllSource.Part.development))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 documents");
    }
}
