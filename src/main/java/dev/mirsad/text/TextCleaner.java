package dev.mirsad.text;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans raw document text for extraction. Its output is the reference text: the offsets of
 * extracted facts point into it, so it must be deterministic. Thread-safe: all state is immutable
 * or local to a call.
 *
 * <p>Two passes. {@link CharacterNormalizer} fixes characters (NFKC, digits to ASCII, quote marks,
 * invisible characters); then lines are tidied one by one: white space collapsed, boilerplate lines
 * ({@link BoilerplateRules}) and repeats of an earlier line (a headline printed several times)
 * dropped, at most one blank line kept between paragraphs.
 */
public final class TextCleaner {

    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

    private static final CharacterNormalizer CHARACTERS = new CharacterNormalizer();
    /** Loaded once per class, so creating a cleaner per document costs nothing. */
    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.load(BoilerplateRules.DEFAULT_RESOURCE);

    /** @return the cleaned text: lines separated by \n, no leading or trailing blank lines */
    public String clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = CHARACTERS.normalize(raw);
        StringBuilder out = new StringBuilder(text.length());
        Set<String> seenLines = new HashSet<>();
        boolean blankPending = false;
        for (String rawLine : text.split("\n", -1)) {
            String stripped = rawLine.strip();
            // Most lines hold no run of spaces: indexOf tells so faster than the matcher.
            String line = stripped.contains("  ") ? SPACE_RUN.matcher(stripped).replaceAll(" ") : stripped;
            if (line.isEmpty()) {
                blankPending = true;
            } else if (!BOILERPLATE.isBoilerplate(line) && seenLines.add(line)) {
                if (out.length() > 0) {
                    out.append(blankPending ? "\n\n" : "\n");
                }
                out.append(line);
                blankPending = false;
            }
            // A dropped line leaves blankPending as it was, so removing "كتب: وكالات" between two
            // blank lines leaves one blank line, and removing a line inside a block leaves none.
        }
        return out.toString();
    }
}
