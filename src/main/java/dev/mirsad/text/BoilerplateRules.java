package dev.mirsad.text;

import dev.mirsad.resources.ResourceLines;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes whole lines that are page furniture rather than article text: related-article links,
 * newsletter and share footers, by-lines. The patterns live in {@code boilerplate-lines.txt} beside
 * this class so they can grow without code changes. Immutable and thread-safe.
 */
final class BoilerplateRules {

    static final String DEFAULT_RESOURCE = "boilerplate-lines.txt";

    /**
     * Boilerplate lines are short; body paragraphs are not. Skipping long lines keeps the cost per
     * article low and stops a pattern with a broad tail from eating a paragraph.
     */
    private static final int MAX_BOILERPLATE_LENGTH = 300;

    private final Pattern anyRule;

    private BoilerplateRules(List<String> patterns) {
        StringBuilder alternation = new StringBuilder();
        for (String pattern : patterns) {
            alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(pattern).append(')');
        }
        this.anyRule = Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE);
    }

    static BoilerplateRules load(String resource) {
        List<String> patterns = ResourceLines.of(BoilerplateRules.class, resource);
        if (patterns.isEmpty()) {
            throw new IllegalStateException("no patterns in " + resource);
        }
        return new BoilerplateRules(patterns);
    }

    /** @param line one line, already trimmed and with white space collapsed */
    boolean isBoilerplate(String line) {
        return line.length() <= MAX_BOILERPLATE_LENGTH && anyRule.matcher(matchingForm(line)).matches();
    }

    /**
     * The line with Arabic spelling variants folded (alef forms, ى, ة, diacritics, hamza seats), so
     * one pattern covers "اقرأ أيضاً" and "اقرا ايضا". Used for matching only, never output.
     */
    static String matchingForm(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ى' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ؤ' -> out.append('و');
                case 'ئ' -> out.append('ي');
                default -> {
                    boolean diacritic = (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
                    if (!diacritic) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
