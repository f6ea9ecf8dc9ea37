package dev.mirsad.lab.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL named-entity file: one {@code token tag} per line (tab or spaces), a blank line between sentences.
 * CoNLL-U comment lines ({@code # sent_id = ...}) are skipped; a line {@code # O} is the token {@code #}.
 */
public final class ConllReader {

    /** One token and its BIO tag (B-PERS, I-LOC, O...). */
    public record TaggedToken(String text, String tag) {
    }

    private ConllReader() {
    }

    public static List<List<TaggedToken>> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<List<TaggedToken>> parse(List<String> lines) {
        List<List<TaggedToken>> sentences = new ArrayList<>();
        List<TaggedToken> sentence = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ") && trimmed.contains(" = ")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!sentence.isEmpty()) {
                    sentences.add(List.copyOf(sentence));
                    sentence.clear();
                }
                continue;
            }
            // The tag is the last field; the token the first (some exports put a POS column between).
            String[] fields = trimmed.split("\\s+");
            if (fields.length == 1 && Character.isWhitespace(line.charAt(0))) {
                continue; // a token of white space only (a no-break space in some corpora): nothing to tag
            }
            if (fields.length < 2) {
                throw new IllegalArgumentException("not a 'token tag' line: " + line);
            }
            sentence.add(new TaggedToken(fields[0], fields[fields.length - 1]));
        }
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
        return sentences;
    }
}
