package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** eval-language through the lab's command line, on sentence files and a token-per-line file. */
class EvalLanguageCommandTest {

    private static final String ENGLISH = """
            The foreign ministers met in Amman on Tuesday to discuss the situation in Syria.
            The ambassador said that the talks would continue next month in Baghdad.
            Officials from both countries signed an agreement on trade and security.
            """;

    @TempDir
    Path work;

    @Test
    void scoresEachLanguageAndNamesTheConfusions() throws IOException {
        Path texts = Files.createDirectories(work.resolve("texts"));
        Files.writeString(texts.resolve("en.txt"), ENGLISH);
        // English sentences filed as German: all three must count as wrong, and say as what.
        Files.writeString(texts.resolve("de.txt"), ENGLISH);
        Path russian = Files.writeString(work.resolve("ru.bio"), """
                # doc = 1
                Посол\tO
                России\tB-LOC
                прибыл\tO
                в\tO
                Багдад\tB-LOC
                .\tO

                Министр\tO
                заявил\tO
                ,\tO
                что\tO
                переговоры\tO
                продолжатся\tO
                .\tO
                """);

        StringWriter out = new StringWriter();
        int exit = LabCli.execute(Map.of(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval-language", "--texts", texts.toString(), "--conll", "ru=" + russian, "--paragraph", "2");

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString())
                .contains("en   sentences 100.00% of 3   paragraphs 100.00% of 1")
                .contains("de   sentences   0.00% of 3")
                .contains("ru   sentences 100.00% of 2   paragraphs 100.00% of 1")
                .contains("de -> en: 3")
                .contains("figures: sentences_pct=62.50 paragraphs_pct=66.67");
    }

    @Test
    void withoutTextsSaysWhatToGive() {
        StringWriter err = new StringWriter();
        int exit = LabCli.execute(Map.of(), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "eval-language");

        assertThat(exit).isNotEqualTo(ExitCodes.COMPLETED);
        assertThat(err.toString()).contains("--texts DIR or at least one --conll CODE=FILE");
    }
}
