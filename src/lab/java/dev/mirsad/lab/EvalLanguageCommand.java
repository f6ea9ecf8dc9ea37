package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.evaluation.ConllReader;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.language.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "eval-language", mixinStandardHelpOptions = true,
        description = {"Scores language identification on labelled texts.",
                "DIR holds one file per language, named by its code (ar.txt, ckb.txt...), one sentence per line;",
                "a CoNLL file (a token and its tag on each line, a blank line after each sentence) gives its sentences.",
                "Each sentence is detected alone, then each run of --paragraph consecutive sentences joined.",
                "Prints the share right per language and overall, the commonest confusions, the time per text",
                "and the heap the detector's models take, then a figures: line."})
final class EvalLanguageCommand implements Callable<Integer> {

    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of <code>.txt files.")
    private Path texts;

    @Option(names = "--conll", paramLabel = "CODE=FILE",
            description = "A CoNLL file in the language CODE, e.g. ru=factrueval-dev.bio (repeatable).")
    private Map<String, Path> conll = new TreeMap<>();

    @Option(names = "--paragraph", paramLabel = "N", defaultValue = "3",
            description = "Sentences per paragraph (default: ${DEFAULT-VALUE}).")
    private int paragraph;

    @Spec
    private CommandSpec spec;

    private record Tally(int right, int total) {
        Tally plus(boolean isRight) {
            return new Tally(right + (isRight ? 1 : 0), total + 1);
        }

        double percent() {
            return total == 0 ? 0 : 100.0 * right / total;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (texts == null && conll.isEmpty()) {
            throw new IllegalArgumentException("Give --texts DIR or at least one --conll CODE=FILE");
        }
        Map<String, List<String>> sentences = texts == null ? new TreeMap<>() : read(texts);
        for (Map.Entry<String, Path> file : conll.entrySet()) {
            for (List<ConllReader.TaggedToken> sentence : ConllReader.read(file.getValue())) {
                sentences.computeIfAbsent(file.getKey(), code -> new ArrayList<>()).add(sentence.stream()
                        .map(ConllReader.TaggedToken::text).collect(Collectors.joining(" ")));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeapAfterGc(runtime);
        long loadStart = System.nanoTime();
        LanguageDetector detector = new LanguageDetector();
        detector.detect("A first text loads the models once per process.");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Tally allSentences = new Tally(0, 0);
        Tally allParagraphs = new Tally(0, 0);
        Map<String, Integer> confusions = new TreeMap<>();
        long texts = 0;
        long start = System.nanoTime();
        for (Map.Entry<String, List<String>> language : sentences.entrySet()) {
            String expected = language.getKey();
            Tally bySentence = new Tally(0, 0);
            Tally byParagraph = new Tally(0, 0);
            List<String> lines = language.getValue();
            for (String sentence : lines) {
                String found = detector.detect(sentence).code();
                bySentence = bySentence.plus(found.equals(expected));
                if (!found.equals(expected)) {
                    confusions.merge(expected + " -> " + found, 1, Integer::sum);
                }
            }
            for (int i = 0; i + paragraph <= lines.size(); i += paragraph) {
                DetectedLanguage found = detector.detect(String.join(" ", lines.subList(i, i + paragraph)));
                byParagraph = byParagraph.plus(found.code().equals(expected));
                if (!found.code().equals(expected)) {
                    confusions.merge(expected + " -> " + found.code() + " (paragraph)", 1, Integer::sum);
                }
            }
            texts += bySentence.total() + byParagraph.total();
            out.printf("%-4s sentences %6.2f%% of %d   paragraphs %6.2f%% of %d%n", expected,
                    bySentence.percent(), bySentence.total(), byParagraph.percent(), byParagraph.total());
            allSentences = new Tally(allSentences.right() + bySentence.right(), allSentences.total() + bySentence.total());
            allParagraphs = new Tally(allParagraphs.right() + byParagraph.right(), allParagraphs.total() + byParagraph.total());
        }
        double msPerText = (System.nanoTime() - start) / 1e6 / Math.max(1, texts);
        // Each script's models load on its first text: count them once all are in.
        long modelBytes = usedHeapAfterGc(runtime) - heapBefore;
        out.printf("all  sentences %6.2f%% of %d   paragraphs %6.2f%% of %d%n",
                allSentences.percent(), allSentences.total(), allParagraphs.percent(), allParagraphs.total());
        out.println("commonest confusions (expected -> found):");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(16)
                .forEach(confusion -> out.printf("  %s: %d%n", confusion.getKey(), confusion.getValue()));
        out.printf("models: first text after %.1f s, %d MB of heap once all loaded; %.3f ms per text (one thread, first pass)%n",
                loadSeconds, modelBytes >> 20, msPerText);
        out.printf("figures: sentences_pct=%.2f paragraphs_pct=%.2f ms_per_text=%.3f model_heap_mb=%d%n",
                allSentences.percent(), allParagraphs.percent(), msPerText, modelBytes >> 20);
        return ExitCodes.COMPLETED;
    }

    private static Map<String, List<String>> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Texts folder " + folder + " does not exist or is not a folder");
        }
        Map<String, List<String>> sentences = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String code = file.getFileName().toString().replaceFirst("\\.txt$", "");
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                sentences.put(code, lines);
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("No <code>.txt files in " + folder);
        }
        return sentences;
    }

    private static long usedHeapAfterGc(Runtime runtime) {
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
