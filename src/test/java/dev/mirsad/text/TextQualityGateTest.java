package dev.mirsad.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextQualityGateTest {

    private final TextQualityGate gate = new TextQualityGate();

    @Test
    void everySeedArticleReadsAsText() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("input/seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                assertThat(gate.problemWith(new TextCleaner().clean(Files.readString(file)))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aShortNewsItemFullOfFiguresReadsAsText() {
        assertThat(gate.problemWith("ارتفع المؤشر 2.5% إلى 7,312.40 نقطة في 15/3/2016، بتداول 250 مليون سهم."))
                .isEmpty();
        assertThat(gate.problemWith("Oil rose 3% to $52.10 on 4 May 2016.")).isEmpty();
    }

    @Test
    void digitsAndSymbolsAreNotText() {
        assertThat(gate.problemWith("4 8 15 16 23 42 ".repeat(1000))).get().asString().contains("0 words");
        assertThat(gate.problemWith("بغداد دمشق طهران موسكو " + "1234567890 %$#@ ".repeat(50))).get().asString()
                .contains("digits or symbols");
    }

    @Test
    void theResidueOfUnexpandedEntitiesIsNotText() {
        assertThat(gate.problemWith("]>&lol9;")).get().asString().contains("0 words");
        assertThat(gate.problemWith("&lol9; &lol9; &lol9; &#1575; &amp;")).isPresent();
    }

    @Test
    void runsOfLettersNoLanguageWritesAreNotText() {
        assertThat(gate.problemWith("news " + "QUJDREVGSEhJSktMTUlPUFFSUlRVVldYWVo".repeat(40) + " ends here"))
                .get().asString().contains("runs of 60");
    }
}
