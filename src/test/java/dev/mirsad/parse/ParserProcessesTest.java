package dev.mirsad.parse;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser child starts from the class path here, and parses a real document in its own JVM. */
class ParserProcessesTest {

    @Test
    void outsideTheFatJarTheChildRunsFromTheClassPathWithItsHeapCap() {
        List<String> command = ParserProcesses.childCommand(ParserLimits.defaults(), 128L * 1024 * 1024);
        assertThat(command).contains("-Xmx128m", "-XX:+ExitOnOutOfMemoryError", ParserProcessMain.class.getName())
                .noneMatch(argument -> argument.startsWith("-Dloader.main"));
    }

    @Test
    void aDocumentParsedInAChildComesBackWhole() throws Exception {
        ParserLimits limits = ParserLimits.defaults();
        try (DocumentParser inJvm = new DocumentParser(limits);
             DocumentParser forked = new DocumentParser(limits, new ParserProcesses(limits, 1, 256L * 1024 * 1024))) {
            Path docx = Path.of("input/formats/quad-centre-000.docx");
            assertThat(forked.parse(docx)).isEqualTo(inJvm.parse(docx));
        }
    }
}
