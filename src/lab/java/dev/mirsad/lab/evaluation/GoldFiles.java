package dev.mirsad.lab.evaluation;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The gold JSON files of a folder (GUIDELINES.md), by the base name of the article they describe. */
public final class GoldFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldFiles() {
    }

    /** Each file as the plain maps, lists, strings and numbers of its JSON, in file-name order. */
    public static Map<String, Map<String, Object>> read(Path folder) {
        Map<String, Map<String, Object>> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            for (Path file : sorted) {
                @SuppressWarnings("unchecked")
                Map<String, Object> article = JSON.readValue(Files.readString(file), Map.class);
                gold.put(Scorer.baseName((String) article.get("document")), article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold files in " + folder, e);
        }
        return gold;
    }
}
