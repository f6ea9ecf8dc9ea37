package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.SampleInput;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job on the sample input/, on the real embedded database, through the real CLI. */
class NightlyRunTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();
    private static final String SEED = "000_9503a997efecff43.txt";

    private static TestDatabase database;
    private static Cli cli;
    private static Cli.Result firstRun;

    @BeforeAll
    static void runTheSampleNight() {
        database = TestDatabase.fresh();
        cli = new Cli(database);
        firstRun = cli.run("run", "--input", INPUT, "--date", "2026-01-15");
    }

    @Test
    void ingestsEverySampleFileAndPrintsTheSummary() {
        assertThat(firstRun.exitCode()).as(firstRun.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(firstRun.out())
                .contains("files: " + SampleInput.FILES + " scanned = " + SampleInput.FILES + " ingested + 0 unchanged + 0 rejected")
                .contains("facts: ")
                .contains("dates: 23 of " + SampleInput.FILES + " articles ingested have a publication date"
                        + " (from metadata 20, from dateline 3)");
        Map<String, Object> run = database.jdbc().queryForMap(
                "SELECT * FROM v_job_run WHERE run_date = '2026-01-15' ORDER BY job_execution_id LIMIT 1");
        assertThat(run).containsEntry("status", "COMPLETED").containsEntry("job_name", "ingestJob")
                .containsEntry("rejected_count", 0L).containsEntry("files_ingested", SampleInput.FILES);
        assertThat((Integer) run.get("mention_count")).isPositive();
    }

    @Test
    void articlesThatSpellAPersonDifferentlyShareTheEntityAndKeepBothSpellingsAsAliases() {
        JdbcTemplate jdbc = database.jdbc();
        List<Long> ids = jdbc.queryForList("SELECT DISTINCT m.entity_id FROM v_mention m JOIN v_article a"
                + " USING (article_id) WHERE a.file_name LIKE '%.txt' AND m.canonical_name IN (?, ?)", Long.class,
                "ماكسيم ماكسيموف", "مكسيم ماكسيموف");
        assertThat(ids).hasSize(1);
        assertThat(jdbc.queryForList("SELECT alias FROM v_entity_alias WHERE entity_id = ?", String.class, ids.get(0)))
                .contains("ماكسيم ماكسيموف", "مكسيم ماكسيموف");
    }

    @Test
    void extractsThePersonTitleCountriesAndMeetingOfTheFirstSeed() {
        JdbcTemplate jdbc = database.jdbc();
        long article = jdbc.queryForObject("SELECT article_id FROM v_article WHERE file_name = ?", Long.class, SEED);
        assertThat(jdbc.queryForList("SELECT title FROM v_person_title WHERE article_id = ? AND person_name = ?",
                String.class, article, "قاسم الأعرجي"))
                .anySatisfy(title -> assertThat(title).contains("مستشار الأمن القومي العراقي"));
        assertThat(jdbc.queryForList("SELECT DISTINCT country_code FROM v_mention WHERE article_id = ?"
                + " AND entity_subtype = 'COUNTRY'", String.class, article)).contains("IQ", "RU", "IR", "SY");
        assertThat(jdbc.queryForList("SELECT location_name FROM v_event WHERE article_id = ? AND event_type = 'MEETING'",
                String.class, article)).contains("بغداد");
        assertThat(jdbc.queryForList("SELECT DISTINCT CONCAT(latitude, ' ', longitude) FROM v_mention"
                + " WHERE article_id = ? AND canonical_name = 'بغداد'", String.class, article))
                .containsExactly("33.35000 44.41667");
    }

    @Test
    void sharesOneEntityAcrossArticles() {
        List<Long> baghdad = database.jdbc().queryForList(
                "SELECT DISTINCT entity_id FROM v_mention WHERE canonical_name = 'بغداد'", Long.class);
        assertThat(baghdad).hasSize(1);
        assertThat(database.jdbc().queryForObject(
                "SELECT COUNT(DISTINCT article_id) FROM v_mention WHERE entity_id = ?", Long.class, baghdad.get(0)))
                .isGreaterThan(1);
    }

    @Test
    void joinsACityAcrossLanguagesAndQuotesRussianSpeakers() {
        JdbcTemplate jdbc = database.jdbc();
        List<Long> baghdad = jdbc.queryForList(
                "SELECT DISTINCT entity_id FROM v_mention WHERE canonical_name = 'بغداد'", Long.class);
        assertThat(baghdad).hasSize(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT a.language FROM v_mention m JOIN v_article a ON a.article_id = m.article_id"
                + " WHERE m.entity_id = ?", String.class, baghdad.get(0))).contains("ar", "en", "ru", "fa");
        assertThat(jdbc.queryForList("SELECT DISTINCT CONCAT(latitude, ' ', longitude) FROM v_mention WHERE surface = 'Багдаде'",
                String.class)).containsExactly("33.35000 44.41667");
        assertThat(jdbc.queryForList("SELECT q.speaker_name FROM v_quotation q JOIN v_article a ON a.article_id = q.article_id"
                + " WHERE a.file_name = 'moscow-consultations-ru.txt' AND q.cue = 'заявил'", String.class))
                .containsExactly("Воронцов");
    }

    @Test
    void tellsLanguagesAndKeepsDocumentMetadata() {
        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForObject("SELECT language FROM v_article WHERE file_name = 'amman-ministers-en.txt'",
                String.class)).isEqualTo("en");
        assertThat(jdbc.queryForObject("SELECT language FROM v_article WHERE file_name = 'moscow-consultations-ru.txt'",
                String.class)).isEqualTo("ru");
        assertThat(jdbc.queryForObject("SELECT language FROM v_article WHERE file_name = ?", String.class, SEED))
                .isEqualTo("ar");
        Map<String, Object> html = jdbc.queryForMap(
                "SELECT title, published_on, published_on_source, media_type FROM v_article"
                        + " WHERE file_name = 'quad-centre-000.html'");
        assertThat(html.get("published_on")).isNotNull();
        assertThat(html.get("published_on_source")).isEqualTo("metadata");
        assertThat((String) html.get("title")).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT published_on FROM v_article WHERE file_name = ?", Object.class, SEED))
                .as("a plain-text file has no date of its own; its modification time is not one").isNull();
    }

    @Test
    void aSecondNightOnUnchangedInputIngestsNothingAndChangesNoRow() {
        Map<String, List<String>> before = ReportingSnapshot.tables(database.jdbc());
        Cli.Result second = cli.run("run", "--input", INPUT, "--date", "2026-01-16");
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.out()).contains("files: " + SampleInput.FILES + " scanned = 0 ingested + " + SampleInput.FILES + " unchanged + 0 rejected");
        assertThat(ReportingSnapshot.tables(database.jdbc())).isEqualTo(before);
        assertThat(database.jdbc().queryForObject("SELECT mention_count FROM v_job_run WHERE run_date = '2026-01-16'",
                Long.class)).as("an unchanged article's facts were written by the night that ingested it").isZero();
        assertThat(database.jdbc().queryForObject("SELECT COUNT(DISTINCT job_instance_id) FROM scan_manifest",
                Long.class))
                .as("only the last finished night keeps its manifest").isOne();
        assertThat(database.jdbc().queryForMap("SELECT files_scanned, files_ingested, rejected_count FROM v_job_run"
                + " WHERE run_date = '2026-01-15' ORDER BY job_execution_id LIMIT 1"))
                .as("a pruned night's counts are kept").containsEntry("files_scanned", SampleInput.FILES)
                .containsEntry("files_ingested", SampleInput.FILES).containsEntry("rejected_count", 0L);
    }

    @Test
    void aCompletedDateIsNotRunAgainUnlessReprocessed() {
        Map<String, List<String>> before = ReportingSnapshot.of(database.jdbc());
        Cli.Result again = cli.run("run", "--input", INPUT, "--date", "2026-01-15");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.ALREADY_COMPLETED);
        assertThat(again.err()).contains("already completed").contains("--reprocess");

        Cli.Result reprocessed = cli.run("run", "--input", INPUT, "--date", "2026-01-15", "--reprocess");
        assertThat(reprocessed.exitCode()).as(reprocessed.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(reprocessed.out()).contains(SampleInput.FILES + " ingested");
        assertThat(ReportingSnapshot.of(database.jdbc())).as("reprocessing replaces, never duplicates").isEqualTo(before);
    }

    @Test
    void everyBiExampleQueryRuns() throws IOException {
        try (Stream<Path> queries = Files.list(Path.of("sql", "queries"))) {
            List<Path> files = queries.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
            assertThat(files).isNotEmpty();
            for (Path file : files) {
                for (String statement : Files.readString(file).split(";")) {
                    if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                        // Rejections may be none; every other example has rows after the sample night.
                        if (!statement.contains("v_rejected_document")) {
                            assertThat(database.jdbc().queryForList(statement)).as(file + " returns rows").isNotEmpty();
                        }
                    }
                }
            }
        }
    }

    @Test
    void statusListsTheExecutions() {
        Cli.Result status = cli.run("status", "--limit", "5");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(status.out()).contains("2026-01-15").contains("COMPLETED").contains("ingested");
    }
}
