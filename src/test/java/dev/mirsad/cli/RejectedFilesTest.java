package dev.mirsad.cli;

import dev.mirsad.testing.BadFiles;
import dev.mirsad.testing.BadFiles.BadFile;
import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad files next to good ones: each bad one rejected with its reason, every good one ingested, the night goes on. */
class RejectedFilesTest {

    @Test
    void rejectsBadFilesWithReasonsAndIngestsTheGoodOnes(@TempDir Path folder) throws IOException {
        List<BadFile> files = BadFiles.writeTo(folder);
        Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve("good.txt"));
        TestDatabase database = TestDatabase.fresh();

        Cli.Result run = new Cli(database).run("run", "--input", folder.toString(), "--date", "2026-03-01");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        JdbcTemplate jdbc = database.jdbc();
        Map<String, String> reasons = jdbc.query("SELECT source_uri, reason FROM v_rejected_document",
                (rs, n) -> Map.entry(Path.of(java.net.URI.create(rs.getString(1))).getFileName().toString(),
                        rs.getString(2))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> expected = files.stream().filter(f -> f.expectedRejection().isPresent())
                .collect(Collectors.toMap(BadFile::name, f -> f.expectedRejection().get().name()));
        assertThat(reasons).isEqualTo(expected);
        List<String> ingested = jdbc.queryForList("SELECT file_name FROM v_article", String.class);
        assertThat(ingested).containsExactlyInAnyOrder("good.txt", BadFiles.HOSTILE_NAME);
        assertThat(run.out()).contains("scanned = 2 ingested + 0 unchanged + " + expected.size() + " rejected")
                .contains("rejected ENCRYPTED");
        assertThat(jdbc.queryForList("SELECT message FROM v_rejected_document", String.class))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void aRejectedFileThatIsMendedIsIngestedAndNoLongerListedAsRejected(@TempDir Path folder) throws IOException {
        Path mended = folder.resolve("mended.txt");
        Files.writeString(mended, "");
        Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve("good.txt"));
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);

        Cli.Result first = cli.run("run", "--input", folder.toString(), "--date", "2026-03-01");
        Files.copy(Path.of("input/seeds/001_6c22a9322c8a761d.txt"), mended, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result second = cli.run("run", "--input", folder.toString(), "--date", "2026-03-02");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.COMPLETED);
        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_rejected_document", Integer.class)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT m.outcome FROM scan_manifest m JOIN article a ON a.article_id = m.article_id
                WHERE m.job_instance_id = (SELECT MAX(job_instance_id) FROM scan_manifest) ORDER BY a.file_name""",
                String.class)).containsExactly("UNCHANGED", "INGESTED");
    }
}
