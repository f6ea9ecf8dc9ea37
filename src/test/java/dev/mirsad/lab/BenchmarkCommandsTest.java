package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark tools through the real CLI: the corpus generator, and the benchmark on a small generated corpus. */
class BenchmarkCommandsTest {

    private static final String SEEDS = Path.of("input", "seeds").toAbsolutePath().toString();

    private final Cli cli = new Cli(TestDatabase.fresh()).lab();

    @TempDir
    Path work;

    @Test
    void generatesDistinctArticlesDeterministicallyForARandomSeed() throws IOException {
        assertThat(generate("a", 1).exitCode()).isZero();
        assertThat(generate("b", 1).exitCode()).isZero();
        assertThat(generate("c", 2).exitCode()).isZero();

        Map<String, String> first = contents(work.resolve("a"));
        assertThat(first).hasSize(23);
        assertThat(Set.copyOf(first.values())).as("distinct texts").hasSize(23);
        assertThat(contents(work.resolve("b"))).as("same random seed, same files").isEqualTo(first);
        assertThat(contents(work.resolve("c"))).as("another random seed").isNotEqualTo(first);
        // Article k derives from seed k mod 5: it keeps that seed's headline.
        String seedHeadline = Files.readString(Path.of(SEEDS, "000_9503a997efecff43.txt")).lines()
                .filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        assertThat(first.get("00000/article-0000005.txt")).startsWith(seedHeadline);
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.createDirectories(work.resolve("full"));
        Files.writeString(work.resolve("full/other.txt"), "x");
        Cli.Result result = cli.run("generate-corpus", "--seed", SEEDS, "--count", "3", "--out",
                work.resolve("full").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("not empty");
    }

    @Test
    void benchmarkPrintsEveryFigureAndTheIncrementalNightFindsEverythingUnchanged() {
        assertThat(generate("corpus", 1).exitCode()).isZero();
        Cli.Result result = cli.run("benchmark", "--corpus", work.resolve("corpus").toString(), "--threads", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("23 files", "2 threads")
                .containsPattern("first night: 23 articles in [0-9.]+ s = [0-9]+ articles/s \\(COMPLETED\\); CPU of this process [0-9.]+ s")
                .containsPattern("scan: 23 files in [0-9.]+ s")
                .containsPattern("import \\(parse \\+ clean \\+ language \\+ extract, then write\\): 23 articles in [0-9.]+ s = [0-9]+/s")
                .containsPattern("parse: [0-9.]+ s per processing thread = [0-9]+ articles/s on 2 threads")
                .containsPattern("clean \\+ language: [0-9.]+ s per processing thread = [0-9]+ articles/s")
                .containsPattern("extract: [0-9.]+ s per processing thread = [0-9]+ articles/s")
                .containsPattern("write \\(the writer, on the step's thread\\): [0-9.]+ s = [0-9]+ articles/s")
                .containsPattern("rows written: [1-9][0-9]* = [0-9]+ rows/s")
                .containsPattern("peak heap: [1-9][0-9]* MB of [0-9]+ MB; peak RSS: [1-9][0-9]* MB")
                .containsPattern("incremental night, unchanged corpus: 23 files in [0-9.]+ s, 23 unchanged \\(COMPLETED\\)")
                .containsPattern("steps: scanStep [0-9.]+ s, importStep [0-9.]+ s, summaryStep [0-9.]+ s")
                .containsPattern("Tika alone \\(Tika.parseToString, 2 threads\\): 23 files in [0-9.]+ s = [0-9]+ files/s, 0 failed")
                .containsPattern("ratio of the job's time to Tika's: [0-9.]+ \\(CPU of this process: [0-9.]+\\)")
                .containsPattern("figures: files=23 job_s=[0-9.]+ .* ratio=[0-9.]+ cpu_ratio=[0-9.]+ rows=[1-9]");

        Cli.Result again = cli.run("benchmark", "--corpus", work.resolve("corpus").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("needs an empty database");
    }

    @Test
    void extractionBenchmarkTimesEachPassAndDigestsTheFacts() throws IOException {
        Path corpus = work.resolve("texts");
        Files.createDirectories(corpus);
        try (Stream<Path> seeds = Files.list(Path.of(SEEDS))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        Files.write(corpus.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        Cli.Result first = cli.run("benchmark-extract", "--corpus", corpus.toString(), "--passes", "2");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("5 texts (1 files skipped: not UTF-8, or not text), one thread")
                .containsPattern("pass 1: 5 articles in [0-9.]+ s = [0-9]+ articles/s, [0-9.]+ ms per article, [1-9][0-9]* facts")
                .containsPattern("pass 2: 5 articles in [0-9.]+ s");
        assertThat(factCount(first.out(), 2)).as("every pass extracts the same facts").isEqualTo(factCount(first.out(), 1));

        Cli.Result again = cli.run("benchmark-extract", "--corpus", corpus.toString(), "--passes", "1");
        assertThat(digestOf(again.out())).as("same texts, same facts").isEqualTo(digestOf(first.out()));
        // With a publication date, relative dates (أمس, اليوم) resolve: other facts, another digest.
        Cli.Result dated = cli.run("benchmark-extract", "--corpus", corpus.toString(), "--passes", "1",
                "--published-on", "2017-03-05");
        assertThat(digestOf(dated.out())).isNotEqualTo(digestOf(first.out()));
    }

    private static String digestOf(String out) {
        Matcher m = Pattern.compile("facts digest \\(SHA-256\\): ([0-9a-f]{64})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    private static long factCount(String out, int pass) {
        Matcher m = Pattern.compile("pass " + pass + ": .*, ([0-9]+) facts").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Cli.Result generate(String folder, long randomSeed) {
        return cli.run("generate-corpus", "--seed", SEEDS, "--count", "23", "--out", work.resolve(folder).toString(),
                "--random-seed", Long.toString(randomSeed));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, String> byName = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                byName.put(folder.relativize(file).toString(), Files.readString(file));
            }
            return byName;
        }
    }
}
