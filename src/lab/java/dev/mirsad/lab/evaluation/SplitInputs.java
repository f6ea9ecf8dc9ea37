package dev.mirsad.lab.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The part of an annotated folder an evaluation scores: all of it, or only the development or training
 * articles of {@link DevelopmentSplit}. A part's articles are copied into a folder of their own, removed
 * when closed, since the job reads whole folders (and follows no link out of them).
 */
public final class SplitInputs implements AutoCloseable {

    public enum Part { ALL, DEVELOPMENT, TRAINING }

    private final Map<String, Map<String, Object>> gold;
    private final List<Path> inputs;
    private final Path copy;

    private SplitInputs(Map<String, Map<String, Object>> gold, List<Path> inputs, Path copy) {
        this.gold = gold;
        this.inputs = inputs;
        this.copy = copy;
    }

    public static SplitInputs of(Map<String, Map<String, Object>> gold, List<Path> inputs, Part part) throws IOException {
        if (part == Part.ALL) {
            return new SplitInputs(gold, inputs, null);
        }
        Map<String, Map<String, Object>> chosen = new LinkedHashMap<>();
        gold.forEach((name, article) -> {
            if (DevelopmentSplit.isDevelopment(name) == (part == Part.DEVELOPMENT)) {
                chosen.put(name, article);
            }
        });
        Path copy = Files.createTempDirectory("mirsad-eval-" + part.name().toLowerCase());
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (chosen.containsKey(Scorer.baseName(file.getFileName().toString()))) {
                        Files.copy(file, copy.resolve(file.getFileName()));
                    }
                }
            }
        }
        return new SplitInputs(chosen, List.of(copy), copy);
    }

    public Map<String, Map<String, Object>> gold() {
        return gold;
    }

    public List<Path> inputs() {
        return inputs;
    }

    @Override
    public void close() {
        if (copy == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the evaluation's copy " + copy, e);
        }
    }
}
