package dev.mirsad.cli;

import dev.mirsad.parse.Sha256;
import dev.mirsad.testing.LargeCorpus;
import dev.mirsad.testing.MirsadJar;
import dev.mirsad.testing.ForeignKeys;
import dev.mirsad.testing.ReportingSnapshot;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, in its own JVM with -Xmx512m, killed and stopped in the middle of a night of 540+
 * files: resumed by recover and restart, or by a plain run of the date, its reporting views equal those
 * of one uninterrupted run.
 * Every command is given a database password, which must never appear in what it prints (the test
 * server runs without grant tables, so it accepts the password without checking it).
 */
class CrashRecoveryIT {

    private static final int ARTICLES = 520;
    private static final String DATE = "2026-06-01";
    /** Fixed so a failing sequence of kill points can be replayed: -Dmirsad.kill-seed=N picks another. */
    private static final long SEED = Long.getLong("mirsad.kill-seed", 20261123L);
    private static final String PASSWORD = "Pw-" + Long.toHexString(new Random().nextLong()) + "-never-logged";

    @TempDir
    static Path corpus;
    private static Map<String, List<String>> uninterrupted;

    @BeforeAll
    static void runOnceWithoutInterruption() throws Exception {
        // One big file makes the scan long enough to kill (hashing it) and is rejected as TOO_LARGE.
        int files = LargeCorpus.writeTo(corpus, ARTICLES, 120L * 1024 * 1024);
        System.out.println("CrashRecoveryIT: " + files + " files, " + ARTICLES + " of them distinct text articles");
        TestDatabase database = TestDatabase.fresh();
        MirsadJar.Result run = jar(database).run("run", "--date", DATE, "--input", corpus.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        uninterrupted = ReportingSnapshot.of(database.jdbc());
        assertThat(uninterrupted.get("v_article")).hasSizeGreaterThanOrEqualTo(ARTICLES);
    }

    @Test
    void tenKillsAcrossScanAndImportThenRecoverAndRestartOrAPlainRunLoseAndDoubleNothing() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        MirsadJar jar = jar(database);
        assertThat(jar.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate watch = watcher(database);
        Random random = new Random(SEED);
        System.out.println("CrashRecoveryIT: kill points from seed " + SEED);
        // Steps only move forward, so the kills are planned in step order.
        List<String> plan = List.of("scanStep", "scanStep", "scanStep", "importStep", "importStep", "importStep",
                "importStep", "importStep", "importStep", "importStep");
        List<String> killedIn = new ArrayList<>();

        MirsadJar.Running night = jar.start("run", "--date", DATE, "--input", corpus.toString());
        long killedExecution = 0;
        for (int k = 0; k < plan.size(); k++) {
            String step = plan.get(k);
            long killsLeftInStep = plan.subList(k, plan.size()).stream().filter(step::equals).count();
            if (!awaitKillPoint(watch, night, killedExecution, step, killsLeftInStep, random)) {
                break;
            }
            MirsadJar.Result killed = night.kill();
            assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(137);
            long id = latestExecution(watch);
            killedExecution = id;
            killedIn.add(runningStep(watch, id) + " (execution " + id + ", " + progress(watch) + " imported)");
            System.out.println("CrashRecoveryIT: kill " + killedIn.size() + " in " + killedIn.get(killedIn.size() - 1));
            if (k % 2 == 1) {
                // What cron does the next night: a plain run of the date heals what the kill left running
                // and resumes it, with no recover typed.
                night = jar.start("run", "--date", DATE, "--input", corpus.toString());
                continue;
            }
            if (status(watch, id).equals("STARTED")) {
                MirsadJar.Result recovered = jar.run("recover", String.valueOf(id));
                assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
            }
            night = jar.start("restart", String.valueOf(id));
        }
        MirsadJar.Result last = night.await(Duration.ofMinutes(5));
        assertThat(last.exitCode()).as(last.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);

        assertThat(killedIn).as("kill points").hasSize(plan.size());
        assertThat(killedIn).anyMatch(p -> p.startsWith("scanStep")).anyMatch(p -> p.startsWith("importStep"));
        Map<String, List<String>> recovered = ReportingSnapshot.of(database.jdbc());
        recovered.forEach((view, rows) -> System.out.println("CrashRecoveryIT: " + view + " " + rows.size()
                + " rows, checksum " + checksum(rows) + " (uninterrupted " + checksum(uninterrupted.get(view)) + ")"));
        assertThat(recovered).isEqualTo(uninterrupted);
        assertThat(ForeignKeys.orphans(database.jdbc())).isEmpty();
        assertThat(jar.allOutput()).as("plain runs say what they healed")
                .contains("but no Mirsad process ran it (it crashed, was killed or lost its database): marked it FAILED");
        assertNoPasswordIn(jar);
    }

    @Test
    void sigtermStopsAtAChunkBoundaryASecondRunIsRefusedAndARerunCompletes() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        MirsadJar jar = jar(database);
        assertThat(jar.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate root = database.jdbc();
        // Slow every article down (a minute for the night) so it is still going while two more JVMs start.
        root.execute("CREATE TRIGGER slow_article BEFORE INSERT ON article FOR EACH ROW SET @pause = SLEEP(0.1)");
        JdbcTemplate watch = watcher(database);

        MirsadJar.Running night = jar.start("run", "--date", DATE, "--input", corpus.toString());
        awaitProgress(watch, night, 20);
        long id = latestExecution(watch);
        for (String date : List.of(DATE, "2026-06-02")) {
            MirsadJar.Result second = jar.run("run", "--date", date, "--input", corpus.toString());
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.err()).contains("Execution " + id + " (night of " + DATE + ") is STARTED")
                    .contains("in another Mirsad process");
        }
        assertThat(night.isAlive()).as("the refused runs left the first one alone").isTrue();

        night.terminate();
        MirsadJar.Result stopped = night.await(Duration.ofMinutes(2));
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(143);
        assertThat(status(watch, id)).isEqualTo("STOPPED");
        MirsadJar.Result status = jar.run("status");
        assertThat(status.out()).contains("STOPPED");

        root.execute("DROP TRIGGER slow_article");
        MirsadJar.Result resumed = jar.run("run", "--date", DATE, "--input", corpus.toString());
        assertThat(resumed.exitCode()).as(resumed.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(resumed.out()).contains("Restarted the night of " + DATE);
        assertThat(ReportingSnapshot.of(root)).isEqualTo(uninterrupted);
        assertNoPasswordIn(jar);
    }

    /**
     * Waits until the night is in the given step and at a random point of it.
     *
     * @return false if the night ended first
     */
    private static boolean awaitKillPoint(JdbcTemplate watch, MirsadJar.Running night, long killedExecution,
                                          String step, long killsLeftInStep, Random random) throws Exception {
        while (night.isAlive() && !(latestExecution(watch) > killedExecution && reached(watch, step))) {
            Thread.sleep(5);
        }
        if (!night.isAlive()) {
            return false;
        }
        if (step.equals("scanStep")) {
            Thread.sleep(random.nextInt(150));
            return night.isAlive();
        }
        long done = progress(watch);
        long left = ARTICLES - done;
        long target = done + 1 + random.nextInt((int) Math.max(1, left / (killsLeftInStep + 1)));
        return awaitProgress(watch, night, target);
    }

    private static boolean awaitProgress(JdbcTemplate watch, MirsadJar.Running night, long target)
            throws InterruptedException {
        while (night.isAlive() && progress(watch) < target) {
            Thread.sleep(5);
        }
        return night.isAlive();
    }

    /** Whether the latest execution runs the given step or a later one. */
    private static boolean reached(JdbcTemplate watch, String step) {
        List<String> started = watch.queryForList("""
                SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s
                WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""", String.class);
        List<String> order = List.of("scanStep", "importStep", "summaryStep");
        return started.stream().anyMatch(s -> order.indexOf(s) >= order.indexOf(step));
    }

    /** Files of the night imported (any outcome), their facts included; kept across restarts. */
    private static long progress(JdbcTemplate watch) {
        return watch.queryForObject("SELECT COUNT(*) FROM scan_manifest WHERE outcome IS NOT NULL", Long.class);
    }

    private static long latestExecution(JdbcTemplate watch) {
        Long id = watch.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        return id == null ? 0 : id;
    }

    private static String runningStep(JdbcTemplate watch, long executionId) {
        return watch.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STATUS = 'STARTED' ORDER BY STEP_EXECUTION_ID DESC", String.class, executionId)
                .stream().findFirst().orElse("between steps");
    }

    private static String status(JdbcTemplate watch, long executionId) {
        return watch.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, executionId);
    }

    private static String checksum(List<String> rows) {
        return Sha256.of(String.join("\n", rows)).substring(0, 16);
    }

    private static void assertNoPasswordIn(MirsadJar jar) throws Exception {
        MirsadJar.Result status = jar.run("status", "--limit", "50");
        assertThat(status.exitCode()).isZero();
        assertThat(jar.allOutput()).as("credentials in the logs").doesNotContain(PASSWORD);
    }

    private static MirsadJar jar(TestDatabase database) {
        return new MirsadJar(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", PASSWORD,
                "MIRSAD_CHUNKSIZE", "10", "MIRSAD_PROGRESSINTERVAL", "1s"));
    }

    // One connection, reused: the watcher polls every few milliseconds.
    private static JdbcTemplate watcher(TestDatabase database) {
        return new JdbcTemplate(new SingleConnectionDataSource(database.url(), "root", "", true));
    }
}
