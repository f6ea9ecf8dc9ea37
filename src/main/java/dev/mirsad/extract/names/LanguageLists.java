package dev.mirsad.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A language's word list beside this class, {@code <code>/<file>}: its lines, with '#' comments kept for directives. */
final class LanguageLists {

    private LanguageLists() {
    }

    /** The list's non-blank lines as written (comments too), or empty where the language has none. */
    static Optional<List<String>> lines(String language, String file) {
        String resource = language + "/" + file;
        try (InputStream in = LanguageLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return Optional.of(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("The list " + resource + " cannot be read; rebuild the jar", e);
        }
    }

    /** The entries: lines that are not comments. */
    static List<String> entries(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("#")).toList();
    }
}
