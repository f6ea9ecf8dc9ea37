package dev.mirsad.cli;

import dev.mirsad.testing.BadFiles;
import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A cron run leaves its figures for node_exporter's textfile collector, equal to the night's summary. */
class MetricsTextfileTest {

    @Test
    void aRunWritesItsMetricsInThePrometheusTextFormat(@TempDir Path folder, @TempDir Path metrics) throws Exception {
        BadFiles.writeTo(folder);
        Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve("good.txt"));
        TestDatabase database = TestDatabase.fresh();
        Path textfile = metrics.resolve("mirsad.prom");

        Cli.Result run = new Cli(database).with("mirsad.metrics-textfile", textfile.toString())
                .run("run", "--input", folder.toString(), "--date", "2026-03-01");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        String text = Files.readString(textfile);
        Map<String, Object> night = database.jdbc().queryForMap("SELECT * FROM v_job_run");
        assertThat(text).contains("mirsad_files_total{outcome=\"ingested\"} " + number(night, "files_ingested"))
                .contains("mirsad_files_total{outcome=\"rejected\"} " + number(night, "rejected_count"))
                .contains("mirsad_files_rejected_total{reason=\"ENCRYPTED\"} ")
                .contains("mirsad_facts_written_total{type=\"mentions\"} " + number(night, "mention_count"))
                .contains("mirsad_night_running 0.0")
                .contains("spring_batch_job_seconds_count{");
        double byReason = Pattern.compile("(?m)^mirsad_files_rejected_total\\{reason=\"\\w+\"} (\\S+)$").matcher(text)
                .results().mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
        assertThat(byReason).isEqualTo(((Number) night.get("rejected_count")).doubleValue());
        assertThat(metrics.resolve("mirsad.prom.partial")).doesNotExist();
    }

    private static String number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue() + "";
    }
}
