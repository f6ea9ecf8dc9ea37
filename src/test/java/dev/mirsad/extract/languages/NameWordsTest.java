package dev.mirsad.extract.languages;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameWordsTest {

    private static NameWords read(String lines) throws IOException {
        return NameWords.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsAnInflectedWordByItsStemWhereTheLanguageNamesItsEndings() throws IOException {
        NameWords russian = read("@endings аеийомуыьюях\nмосква\tPLACE\nсергей\tGIVEN\nиран\tCOUNTRY\nроссия\tCOUNTRY\n");

        assertThat(russian.classesOf("москва")).as("as written, and by its stem").isEqualTo(4 | 4 << NameWords.CLASSES);
        assertThat(russian.classesOf("москве")).as("by its stem only").isEqualTo(4 << NameWords.CLASSES);
        assertThat(russian.classesOf("москвой")).isEqualTo(4 << NameWords.CLASSES);
        assertThat(russian.classesOf("сергею")).isEqualTo(1 << NameWords.CLASSES);
        assertThat(russian.classesOf("ираном")).as("a listed word is one of its stems").isEqualTo(8 << NameWords.CLASSES);
        assertThat(russian.classesOf("россией")).as("России and Россией share a stem").isEqualTo(8 << NameWords.CLASSES);
        assertThat(russian.classesOf("мост")).isZero();
    }

    @Test
    void aLanguageWithoutEndingsMatchesWordsAsWritten() throws IOException {
        NameWords english = read("paris\tPLACE\nparis\tGIVEN\n");

        assertThat(english.classesOf("paris")).isEqualTo(1 | 4);
        assertThat(english.classesOf("parish")).isZero();
    }

    @Test
    void theDigestChangesWithTheLists() throws IOException {
        assertThat(read("paris\tPLACE\n").digest()).isNotEqualTo(read("paris\tCOUNTRY\n").digest()).hasSize(16);
    }

    @Test
    void refusesALineWithoutAKnownClass() {
        assertThatThrownBy(() -> read("paris\tCITY\n")).isInstanceOf(IOException.class).hasMessageContaining("paris\tCITY");
    }
}
