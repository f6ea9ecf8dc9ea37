package dev.mirsad.lab.evaluation;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mirsad eval} on the shipped seed articles prints the table score.py printed for a run of the
 * same build on them. The expected table was recorded by hand from score.py (README, "Extraction
 * quality"); re-record it whenever the extractor changes what it finds in the seeds.
 */
class EvaluateCommandTest {

    private static final String GOLD = Path.of("src/test/resources/gold/seeds").toAbsolutePath().toString();
    private static final String INPUT = Path.of("input/seeds").toAbsolutePath().toString();

    /** python3 score.py --gold gold/seeds --database D, after mirsad run --input input/seeds into D. */
    private static final String SCORE_PY_TABLE = """
            list             tp   fp   fn       P       R      F1
            persons          15    0    0   1.000   1.000   1.000
            organizations    29    7    1   0.806   0.967   0.879
            locations        32    0    0   1.000   1.000   1.000
            titles           20    1    1   0.952   0.952   0.952
            dates            13    0    0   1.000   1.000   1.000
            amounts           8    1    0   0.889   1.000   0.941
            quotes           16    0    0   1.000   1.000   1.000
            events            9    1    0   0.900   1.000   0.947
            documents: 5, not found in v_article: 0\s
            macro F1: 0.965
            """;

    @Test
    void printsTheFiguresScorePyPrintsAndDropsItsScratchDatabase() {
        TestDatabase database = TestDatabase.fresh();
        List<String> before = databases(database);

        Cli.Result result = new Cli(database).lab().run("eval", "--gold", GOLD, "--input", INPUT, "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().filter(line -> !line.contains(" INFO ")).toList())
                .as(result.toString()).isEqualTo(SCORE_PY_TABLE.lines().toList());
        assertThat(databases(database)).isEqualTo(before);
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()", Integer.class)).as("the job ran elsewhere").isZero();
    }

    @Test
    void scoresEachGoldFolderOnItsOwnFromOneRun(@TempDir Path twoSeeds) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(GOLD))) {
            for (Path file : files.sorted().limit(2).toList()) {
                Files.copy(file, twoSeeds.resolve(file.getFileName()));
            }
        }

        Cli.Result result = new Cli(TestDatabase.fresh()).lab().run("eval", "--gold", GOLD, "--gold", twoSeeds.toString(),
                "--input", INPUT, "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("== " + GOLD, "== " + twoSeeds, "documents: 5,", "documents: 2,");
    }

    @Test
    void showsNoErrorOfTheDevelopmentArticles() {
        Cli.Result result = new Cli(TestDatabase.fresh()).lab().run("eval", "--gold", GOLD, "--input", INPUT,
                "--split", "development", "--errors");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--errors is refused with --split development");
    }

    @Test
    void refusesAMissingGoldFolder() {
        Cli.Result result = new Cli(TestDatabase.fresh()).lab().run("eval", "--gold", "no/such/folder", "--input", INPUT);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no/such/folder");
    }

    private static List<String> databases(TestDatabase database) {
        return database.jdbc().queryForList("SHOW DATABASES", String.class);
    }
}
