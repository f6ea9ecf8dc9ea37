package dev.mirsad.cli;

import dev.mirsad.parse.FileNames;
import dev.mirsad.testing.BadFiles;
import dev.mirsad.testing.BadFiles.BadFile;
import dev.mirsad.testing.HostileFiles;
import dev.mirsad.testing.MirsadJar;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile file together with good ones in one folder, run by the packaged jar with -Xmx512m
 * (and its parser children) under the C locale, as cron runs it: each bad file rejected with its
 * reason, every good file ingested, the JVM never out of heap, nothing outside the input folder read.
 * Two files change or vanish between the scan and their import.
 */
class HostileFilesIT {

    private static final String EXHAUSTED = "CORRUPT or PARSE_TIMEOUT";

    @Test
    void hostileFilesAreRejectedWithTheirReasonsAndEveryGoodFileIsIngested(@TempDir Path folder, @TempDir Path outside)
            throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (BadFile file : HostileFiles.writeTo(folder, 200L * 1024 * 1024)) {
            expected.put(file.name(), HostileFiles.BOMBS.contains(file.name()) ? EXHAUSTED
                    : file.expectedRejection().map(Enum::name).orElse("INGESTED"));
        }
        for (BadFile file : BadFiles.writeTo(folder.resolve("bad"))) {
            expected.put(file.name(), file.expectedRejection().map(Enum::name).orElse("INGESTED"));
        }
        Path good = Files.createDirectories(folder.resolve("good"));
        for (Path sample : filesUnder(Path.of("input"))) {
            Files.copy(sample, good.resolve(sample.getFileName()));
            expected.put(sample.getFileName().toString(), "INGESTED");
        }
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        expected.put("loop", "UNREADABLE");
        Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("nowhere.txt"));
        expected.put("dangling.txt", "UNREADABLE");
        expected.putAll(fileSystemTricks(folder, outside));
        expected.putAll(junk(folder));
        Path locked = Files.copy(Path.of("input/seeds/002_a20eb08bd7318729.txt"), folder.resolve("no-permission.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads any file: there the file is simply ingested.
        expected.put("no-permission.txt", Files.isReadable(locked) ? "INGESTED" : "UNREADABLE");
        // Named to sort last, so they are imported after the scan is done and the test has touched them.
        Path changes = Files.copy(Path.of("input/seeds/003_5d76b8f4aa3cbccf.txt"), folder.resolve("zzz-changes.txt"));
        expected.put("zzz-changes.txt", "CHANGED_SINCE_SCAN");
        Path vanishes = Files.copy(Path.of("input/seeds/004_156104466ac4f8bb.txt"), folder.resolve("zzz-vanishes.txt"));
        expected.put("zzz-vanishes.txt", "UNREADABLE");

        TestDatabase database = TestDatabase.fresh();
        MirsadJar jar = new MirsadJar(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "",
                "MIRSAD_PARSETIMEOUT", "10s", "MIRSAD_CHUNKSIZE", "5", "LC_ALL", "C", "LANG", "C"));
        assertThat(jar.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate jdbc = database.jdbc();
        jdbc.execute("CREATE TRIGGER slow_article BEFORE INSERT ON article FOR EACH ROW SET @pause = SLEEP(0.1)");
        JdbcTemplate watch = new JdbcTemplate(new SingleConnectionDataSource(database.url(), "root", "", true));

        long started = System.nanoTime();
        MirsadJar.Running night = jar.start("run", "--date", "2026-07-01", "--input", folder.toString());
        while (night.isAlive() && watch.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"
                + " WHERE STEP_NAME = 'scanStep' AND STATUS = 'COMPLETED'", Long.class) == 0) {
            Thread.sleep(20);
        }
        Files.writeString(changes, "\nسطر أضيف بعد المسح", StandardOpenOption.APPEND);
        Files.delete(vanishes);
        MirsadJar.Result run = night.await(Duration.ofMinutes(10));
        System.out.printf("HostileFilesIT: %d files in %.1f s%n", expected.size(), (System.nanoTime() - started) / 1e9);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        Map<String, String> actual = new TreeMap<>();
        jdbc.query("SELECT source_uri, reason, message FROM v_rejected_document", rs -> {
            String name = nameOf(rs.getString(1));
            String reason = rs.getString(2);
            System.out.println("HostileFilesIT: " + name.replace("\n", "\\n") + " " + reason + ": " + rs.getString(3));
            boolean exhausted = reason.equals("CORRUPT") || reason.equals("PARSE_TIMEOUT");
            actual.put(name, HostileFiles.BOMBS.contains(name) && exhausted ? EXHAUSTED : reason);
        });
        // Copies of one content are one article: every ingested file is one of its sources.
        jdbc.queryForList("SELECT file_name FROM v_article_source", String.class)
                .forEach(name -> actual.put(name, "INGESTED"));
        assertThat(actual).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article_source WHERE file_name = ?", Long.class,
                HostileFiles.HOSTILE_NAMES.get(0))).as("the name is data, never SQL").isEqualTo(1L);
        assertThat(jdbc.queryForList("SELECT file_name FROM v_article_source", String.class))
                .as("an Arabic name is stored as it is, under the C locale too").contains(ARABIC_NAME);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE clean_text LIKE ?", Long.class,
                "%" + SECRET + "%")).as("nothing outside the input folder is read").isZero();
        assertThat(jdbc.queryForObject("SELECT a.clean_text FROM article a JOIN v_article_source s USING (article_id)"
                + " WHERE s.file_name = 'nul-separated.txt'", String.class)).as("a NUL separates words").contains("بغداد دمشق");
        assertThat(run.out() + run.err()).as("no control character reaches the terminal raw")
                .doesNotContain("\u001b").contains("\\x1B[31m");
        assertThat((run.out() + run.err()).lines()).as("a name cannot forge a line of the summary")
                .noneMatch(line -> line.startsWith(FORGED_LINE));
        Map<String, String> languages = new TreeMap<>();
        jdbc.query("SELECT s.file_name, a.language FROM v_article_source s JOIN v_article a USING (article_id)"
                + " WHERE s.file_name REGEXP '-[a-z][a-z][.]txt$' AND s.source_uri LIKE '%/good/%'",
                rs -> { languages.put(rs.getString(1), rs.getString(2)); });
        assertThat(languages).as("the jar holds the language models it needs").isEqualTo(Map.of(
                "amman-ministers-en.txt", "en", "moscow-consultations-ru.txt", "ru", "tehran-talks-fa.txt", "fa"));
        long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM v_rejected_document", Long.class);
        long ingested = jdbc.queryForObject("SELECT COUNT(*) FROM v_article_source", Long.class);
        assertThat(run.out()).as("nothing dropped silently").contains((ingested + rejected) + " scanned = "
                + ingested + " ingested + 0 unchanged + " + rejected + " rejected");
    }

    private static final String SECRET = "the contents of a file outside the input folder";
    private static final String ARABIC_NAME = "أخبار بغداد.txt";
    private static final String FORGED_LINE = "Execution 999, night of 2026-07-01: COMPLETED";

    /** Links out of the folder, a FIFO, a link to a device and a sparse file far over the size limit. */
    private static Map<String, String> fileSystemTricks(Path folder, Path outside) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        Files.writeString(outside.resolve("passwd"), SECRET);
        Files.createDirectories(outside.resolve("ssl"));
        Files.writeString(outside.resolve("ssl/openssl.cnf"), SECRET);
        Files.createSymbolicLink(folder.resolve("passwd.txt"), outside.resolve("passwd"));
        expected.put("passwd.txt", "OUTSIDE_INPUT");
        Files.createSymbolicLink(folder.resolve("ssl"), outside.resolve("ssl"));
        expected.put("ssl", "OUTSIDE_INPUT");
        Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
        expected.put("zero.txt", "OUTSIDE_INPUT");
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("fifo.txt").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        expected.put("fifo.txt", "NOT_A_FILE");
        try (RandomAccessFile sparse = new RandomAccessFile(folder.resolve("sparse-16-GB.txt").toFile(), "rw")) {
            sparse.setLength(16L * 1024 * 1024 * 1024);
        }
        expected.put("sparse-16-GB.txt", "TOO_LARGE");
        Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), folder.resolve(ARABIC_NAME));
        expected.put(ARABIC_NAME, "INGESTED");
        return expected;
    }

    /** Files that parse but hold no language; one that holds language with NUL bytes between words. */
    private static Map<String, String> junk(Path folder) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        Files.writeString(folder.resolve("billion-laughs.html"), "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                + " <!ENTITY lol \"lol\">\n <!ENTITY lol9 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>"
                + "<html><body><p>&lol9;</p></body></html>");
        expected.put("billion-laughs.html", "NOT_TEXT");
        Files.writeString(folder.resolve("digits.txt"), "0123456789".repeat(440_000));
        expected.put("digits.txt", "NOT_TEXT");
        String escape = "esc\u001b[31mred.txt";
        Files.writeString(folder.resolve(escape), "12 34 56 78 90 ".repeat(100));
        expected.put(escape, "NOT_TEXT");
        String forging = "forged\n" + FORGED_LINE + ".txt";
        Files.writeString(folder.resolve(forging), "% $ # @ ! ".repeat(100));
        expected.put(forging, "NOT_TEXT");
        String seed = Files.readString(Path.of("input/seeds/002_a20eb08bd7318729.txt"));
        Files.writeString(folder.resolve("nul-separated.txt"), seed + "\nبغداد\u0000دمشق\n");
        expected.put("nul-separated.txt", "INGESTED");
        return expected;
    }

    private static String nameOf(String sourceUri) {
        return FileNames.ofUri(URI.create(sourceUri));
    }

    private static List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
    }
}
