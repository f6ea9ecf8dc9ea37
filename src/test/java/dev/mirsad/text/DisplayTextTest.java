package dev.mirsad.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTextTest {

    @Test
    void controlCharactersAndBidiOverridesAreEscaped() {
        assertThat(DisplayText.escape("forged\nExecution 9: COMPLETED")).isEqualTo("forged\\nExecution 9: COMPLETED");
        assertThat(DisplayText.escape("red\u001b[31m.txt")).isEqualTo("red\\x1B[31m.txt");
        assertThat(DisplayText.escape("a\u0000b\r\u007f\u009b")).isEqualTo("a\\x00b\\r\\x7F\\x9B");
        assertThat(DisplayText.escape("txt.\u202Eexe")).isEqualTo("txt.\\u202Eexe");
    }

    @Test
    void everyScriptPassesUnchanged() {
        String names = "أخبار بغداد.txt Москва.txt تهران.txt ZWNJ‌کتاب.txt";
        assertThat(DisplayText.escape(names)).isSameAs(names);
        assertThat(DisplayText.escape(null)).isNull();
    }
}
