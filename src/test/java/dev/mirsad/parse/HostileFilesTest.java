package dev.mirsad.parse;

import dev.mirsad.testing.BadFiles.BadFile;
import dev.mirsad.testing.HostileFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hostile file alone, through the parser the job uses (formats other than plain text in a child
 * JVM capped at 256 MB): parsed into Arabic text, or rejected with its reason within the timeout.
 */
class HostileFilesTest {

    private static final String EXHAUSTED = "CORRUPT or PARSE_TIMEOUT";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static DocumentParser parser;

    @BeforeAll
    static void buildParser() {
        ParserLimits limits = new ParserLimits(50L * 1024 * 1024, TIMEOUT, 5_000_000);
        parser = new DocumentParser(limits, new ParserProcesses(limits, 1, 256L * 1024 * 1024));
    }

    @AfterAll
    static void closeParser() {
        parser.close();
    }

    @Test
    void eachHostileFileIsIngestedOrRejectedWithItsReason(@TempDir Path folder) throws Exception {
        List<BadFile> files = HostileFiles.writeTo(folder, 60L * 1024 * 1024);
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (BadFile file : files) {
            expected.put(file.name(), HostileFiles.BOMBS.contains(file.name()) ? EXHAUSTED
                    : file.expectedRejection().map(Enum::name).orElse("ARABIC TEXT"));
            long start = System.nanoTime();
            String outcome;
            try {
                ParsedDocument document = parser.parse(folder.resolve(file.name()));
                outcome = document.text().contains("العراق") || document.text().contains("سوريا")
                        ? "ARABIC TEXT" : "TEXT WITHOUT ARABIC: " + document.text().substring(0, 80);
            } catch (DocumentRejectedException e) {
                outcome = e.reason().name();
                System.out.println("HostileFilesTest: " + file.name() + ": " + e.getMessage());
            }
            boolean exhausted = outcome.equals("CORRUPT") || outcome.equals("PARSE_TIMEOUT");
            actual.put(file.name(), HostileFiles.BOMBS.contains(file.name()) && exhausted ? EXHAUSTED : outcome);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("HostileFilesTest: %s -> %s in %d ms%n", file.name(), outcome, millis);
            // The timeout, plus starting a child JVM and killing one.
            assertThat(millis).as(file.name()).isLessThan(TIMEOUT.toMillis() + 15_000);
        }
        assertThat(actual).isEqualTo(expected);
    }
}
