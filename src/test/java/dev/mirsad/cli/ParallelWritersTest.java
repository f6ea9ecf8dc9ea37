package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.FolderTrees;
import dev.mirsad.testing.ForeignKeys;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk written in slices on several connections at once stores exactly what one connection
 * stores: on a first night, and on a night that replaces the facts of changed articles.
 */
class ParallelWritersTest {

    @Test
    void slicesWrittenAtOnceEqualOneWriter(@TempDir Path oneWriterInput, @TempDir Path slicedInput) throws IOException {
        Map<String, List<String>> oneWriter = twoNights(oneWriterInput, "1");
        Map<String, List<String>> sliced = twoNights(slicedInput, "4");

        assertThat(sliced).isEqualTo(oneWriter);
        assertThat(sliced.get("v_mention")).isNotEmpty();
    }

    private static Map<String, List<String>> twoNights(Path input, String writers) throws IOException {
        FolderTrees.copy(Path.of("input"), input);
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database).with("mirsad.writers", writers).with("mirsad.chunk-size", "7");

        Cli.Result first = cli.run("run", "--input", input.toString(), "--date", "2026-04-01");
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(9).toList()) {
                Files.writeString(file, "\nوقال وزير الخارجية الروسي سيرغي لافروف في موسكو أمس إن المحادثات ستستمر.",
                        StandardOpenOption.APPEND);
            }
        }
        Cli.Result second = cli.run("run", "--input", input.toString(), "--date", "2026-04-02");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.out()).contains("9 ingested");
        assertThat(ForeignKeys.orphans(database.jdbc())).as("facts loaded without the server's key checks").isEmpty();
        // The two runs read copies in different folders: compare the rows without the folder.
        String folder = input.toUri().toString();
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        ReportingSnapshot.of(database.jdbc()).forEach((view, rows) ->
                snapshot.put(view, rows.stream().map(row -> row.replace(folder, "")).sorted().toList()));
        return snapshot;
    }
}
