package dev.mirsad.lab.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The part of annotated folders an evaluation scores: all of them, or only the development or training
 * articles of {@link DevelopmentSplit}. A part's articles are copied into a folder of their own, removed
 * when closed, since the job reads whole folders (and follows no link out of them).
 */
public final class SplitInputs implements AutoCloseable {

    public enum Part { ALL, DEVELOPMENT, TRAINING }

    private final Map<Path, Map<String, Map<String, Object>>> gold;
    private final List<Path> inputs;
    private final Path copy;

    private SplitInputs(Map<Path, Map<String, Map<String, Object>>> gold, List<Path> inputs, Path copy) {
        this.gold = gold;
        this.inputs = inputs;
        this.copy = copy;
    }

    /** @param gold each gold folder's articles by base name */
    public static SplitInputs of(Map<Path, Map<String, Map<String, Object>>> gold, List<Path> inputs, Part part) throws IOException {
        if (part == Part.ALL) {
            return new SplitInputs(gold, inputs, null);
        }
        Map<Path, Map<String, Map<String, Object>>> chosenByFolder = new LinkedHashMap<>();
        Set<String> chosen = new HashSet<>();
        gold.forEach((folder, articles) -> {
            Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
            articles.forEach((name, article) -> {
                if (DevelopmentSplit.isDevelopment(name) == (part == Part.DEVELOPMENT)) {
                    kept.put(name, article);
                    chosen.add(name);
                }
            });
            chosenByFolder.put(folder, kept);
        });
        Path copy = Files.createTempDirectory("mirsad-eval-" + part.name().toLowerCase(Locale.ROOT));
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (chosen.contains(Scorer.baseName(file.getFileName().toString()))) {
                        Files.copy(file, copy.resolve(file.getFileName()));
                    }
                }
            }
        }
        return new SplitInputs(chosenByFolder, List.of(copy), copy);
    }

    /** Each gold folder's articles in the part, by base name. */
    public Map<Path, Map<String, Map<String, Object>>> gold() {
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
