package dev.mirsad.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the core's data files (lexicons, patterns, profiles) shipped beside their classes: UTF-8,
 * one entry a line, blank lines and lines starting with '#' skipped, each line stripped.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * @param owner the class the file lies beside
     * @throws IllegalStateException if there is no such file: the build left it out
     */
    public static List<String> of(Class<?> owner, String name) {
        return ifPresent(owner, name)
                .orElseThrow(() -> new IllegalStateException("missing resource " + name + " beside " + owner.getName()));
    }

    /** The file's entries, or empty where there is no such file (a list that only some languages have). */
    public static Optional<List<String>> ifPresent(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return Optional.of(lines);
    }
}
