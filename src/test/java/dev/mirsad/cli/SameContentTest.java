package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.FolderTrees;
import dev.mirsad.testing.ReportingSnapshot;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One article per content, on the real job and database: a copy is a second source of the same
 * article, a moved archive re-ingests nothing, and a changed file replaces its article's facts.
 */
class SameContentTest {

    private static final Path SEED_A = Path.of("input/seeds/000_9503a997efecff43.txt");
    private static final Path SEED_B = Path.of("input/seeds/001_6c22a9322c8a761d.txt");
    private static final Path SEED_C = Path.of("input/seeds/002_a20eb08bd7318729.txt");

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void theSameStoryUnderTwoPathsIsOneArticleAndAMovedArchiveIsFoundAgain() throws IOException {
        Files.copy(SEED_A, first.resolve("story.txt"));
        Files.copy(SEED_A, Files.createDirectories(first.resolve("mirror")).resolve("story-copy.txt"));
        Files.copy(SEED_B, first.resolve("other.txt"));
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        JdbcTemplate jdbc = database.jdbc();

        Cli.Result night = cli.run("run", "--input", first.toString(), "--date", "2026-05-01");
        assertThat(night.exitCode()).as(night.toString()).isZero();
        assertThat(night.out()).contains("files: 3 scanned = 3 ingested + 0 unchanged + 0 rejected");
        assertThat(count(jdbc, "v_article")).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT s.file_name FROM v_article_source s JOIN v_article a USING (article_id)"
                + " WHERE a.content_sha256 = (SELECT content_sha256 FROM v_article WHERE file_name = 'other.txt')"
                + " OR s.file_name LIKE 'story%' ORDER BY s.file_name", String.class))
                .containsExactly("other.txt", "story-copy.txt", "story.txt");
        Map<String, List<String>> facts = factsOf(jdbc);

        FolderTrees.move(first, second);
        Cli.Result moved = cli.run("run", "--input", second.toString(), "--date", "2026-05-02");
        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("files: 3 scanned = 0 ingested + 3 unchanged + 0 rejected");
        assertThat(count(jdbc, "v_article")).isEqualTo(2);
        assertThat(factsOf(jdbc)).as("the same facts, none written again").isEqualTo(facts);
        assertThat(jdbc.queryForList("SELECT source_uri FROM v_article", String.class))
                .as("articles are shown under the files they were last found in")
                .allSatisfy(uri -> assertThat(uri).startsWith(second.toUri().toString()));
        assertThat(count(jdbc, "v_article_source")).as("the old paths are kept as sources").isEqualTo(6);
    }

    @Test
    void aChangedFileReplacesItsArticlesFactsUnlessAnotherFileStillHoldsTheOldContent() throws IOException {
        Files.copy(SEED_A, first.resolve("story.txt"));
        Files.copy(SEED_A, first.resolve("story-copy.txt"));
        Files.copy(SEED_B, first.resolve("other.txt"));
        TestDatabase database = TestDatabase.fresh();
        Cli cli = new Cli(database);
        JdbcTemplate jdbc = database.jdbc();
        assertThat(cli.run("run", "--input", first.toString(), "--date", "2026-05-01").exitCode()).isZero();
        long otherId = idOf(jdbc, "other.txt");
        long storyId = idOf(jdbc, "story.txt");

        Files.copy(SEED_C, first.resolve("other.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SEED_C, first.resolve("story-copy.txt"), StandardCopyOption.REPLACE_EXISTING);
        Cli.Result changed = cli.run("run", "--input", first.toString(), "--date", "2026-05-02");

        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        assertThat(changed.out()).contains("files: 3 scanned = 2 ingested + 1 unchanged + 0 rejected");
        assertThat(count(jdbc, "v_article")).as("old B replaced by C; A kept for story.txt").isEqualTo(2);
        assertThat(idOf(jdbc, "story.txt")).isEqualTo(storyId);
        long contentC = jdbc.queryForObject("SELECT article_id FROM v_article_source WHERE file_name = 'other.txt'",
                Long.class);
        assertThat(contentC).as("the changed file's article took its new content").isEqualTo(otherId);
        assertThat(jdbc.queryForObject("SELECT article_id FROM v_article_source WHERE file_name = 'story-copy.txt'",
                Long.class)).isEqualTo(contentC);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mention WHERE article_id NOT IN (SELECT article_id FROM article)",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT article_id) FROM mention", Long.class)).isEqualTo(2);
    }

    private static long idOf(JdbcTemplate jdbc, String fileName) {
        return jdbc.queryForObject("SELECT article_id FROM v_article_source WHERE file_name = ?", Long.class, fileName);
    }

    private static long count(JdbcTemplate jdbc, String view) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + view, Long.class);
    }

    /** The fact views, each row under its article's content rather than its file. */
    private static Map<String, List<String>> factsOf(JdbcTemplate jdbc) {
        Map<String, List<String>> facts = ReportingSnapshot.tables(jdbc);
        facts.keySet().retainAll(List.of("mention", "person_title", "time_expression", "amount", "quotation", "event",
                "event_participant", "cited_medium"));
        return facts;
    }
}
