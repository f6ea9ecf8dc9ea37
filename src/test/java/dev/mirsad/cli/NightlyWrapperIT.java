package dev.mirsad.cli;

import dev.mirsad.testing.MirsadJar;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jobs/mirsad-nightly.sh, as cron runs it, on the packaged jar: a night it runs completes with 0, and a
 * night that another run holds is never a silent success: exit 6 with a warning, or an error when that
 * run has gone on past the limit.
 */
class NightlyWrapperIT {

    private static final Path WRAPPER = Path.of("jobs", "mirsad-nightly.sh").toAbsolutePath();
    private static final String NIGHT = "2026-05-01";

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void completesANightThenWarnsOfAnOverlapAndReportsANightRunningPastTheLimitAsAnError() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        Result completed = wrapper(database, NIGHT);
        assertThat(completed.exitCode()).as(completed.toString()).isZero();
        assertThat(completed.out()).contains("mirsad-nightly: night " + NIGHT + " completed");
        assertThat(completed.err()).isEmpty();

        JdbcTemplate jdbc = database.jdbc();
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        String next = "2026-05-02";
        try (Connection otherProcess = jdbc.getDataSource().getConnection()) {
            // As if the night were still running in another process: marked STARTED, and the lock held.
            assertThat(OverlapTest.lock(otherProcess)).isTrue();
            startedHoursAgo(jdbc, id, 1);
            Result overlap = wrapper(database, next);
            assertThat(overlap.exitCode()).as(overlap.toString()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(overlap.err()).contains("WARNING: night " + next + " not started: another run holds the ingest lock (running since");

            startedHoursAgo(jdbc, id, 13);
            Result hanging = wrapper(database, next);
            assertThat(hanging.exitCode()).as(hanging.toString()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(hanging.err()).contains("ERROR: night " + next + " not started: another run has been going since")
                    .contains("13 h, longer than the 12 h limit (MIRSAD_MAX_NIGHT_HOURS)");
        }
    }

    private static void startedHoursAgo(JdbcTemplate jdbc, long id, int hours) {
        // The wrapper runs the CLI in UTC (MIRSAD_TZ below), the zone in which it reads this time.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL, START_TIME = ? WHERE JOB_EXECUTION_ID = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusHours(hours), id);
    }

    private static Result wrapper(TestDatabase database, String night) throws Exception {
        Path out = Files.createTempFile("mirsad-nightly", ".out");
        Path err = Files.createTempFile("mirsad-nightly", ".err");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", WRAPPER.toString(), night))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "",
                "MIRSAD_JAR", MirsadJar.JAR.toString(), "MIRSAD_TZ", "UTC",
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "JAVA_OPTS", "-Xmx512m"));
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the wrapper ends").isTrue();
        try {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
