package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.extract.facts.Quotation;
import dev.mirsad.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Direct quotations and their speakers in a language with a list of reporting verbs
 * ({@code languages/<code>/reporting-verbs.txt}): {@code "…," said X}, {@code "…," X told reporters},
 * {@code X said: "…"}, {@code «…», — заявил X}. The speaker is the person or organization named beside the
 * verb; where the verb has a pronoun ("he said", "сказал он"), the last person named before the quotation
 * in its paragraph. A quotation of fewer than three words is a quoted name or term, not a quotation.
 */
final class LanguageQuotations {

    private static final int MIN_WORDS = 3;
    /** How far after a closing mark, or before an opening one, the verb and its subject are looked for. */
    private static final int CUE_CHARS = 80;

    private final Set<String> verbs;

    private LanguageQuotations(Set<String> verbs) {
        this.verbs = verbs;
    }

    /** The language's quotation reader, empty where it has no reporting verbs. */
    static Optional<LanguageQuotations> forLanguage(String language) {
        return ResourceLines.ifPresent(LanguageExtractor.class, language + "/reporting-verbs.txt").map(lines ->
                new LanguageQuotations(LanguageExtractor.entries(lines).stream().map(WordTokens::fold).collect(Collectors.toUnmodifiableSet())));
    }

    /** @param mentions the text's names in order, of which persons and organizations can speak */
    List<Quotation> find(String text, List<Mention> mentions) {
        List<Quotation> out = new ArrayList<>();
        for (int[] quote : QuoteMarks.spans(text)) {
            int from = quote[0];
            int to = quote[1];
            int end = to;
            while (end > from && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
                end--; // the comma before the closing mark ("…alone," Haddad told) belongs to the sentence around it
            }
            if (TextWords.of(text, from, to).size() < MIN_WORDS) {
                continue;
            }
            int lineEnd = text.indexOf('\n', to);
            int after = Math.min(to + 1 + CUE_CHARS, lineEnd < 0 ? text.length() : lineEnd);
            int lineStart = text.lastIndexOf('\n', from) + 1;
            int before = Math.max(from - 1 - CUE_CHARS, lineStart);
            TextWords.Word verb = verbIn(text, to + 1, sentenceEnd(text, to + 1, after));
            boolean verbAfter = verb != null;
            if (!verbAfter && colonBefore(text, from)) {
                verb = verbIn(text, sentenceStart(text, before, from - 1), from - 1);
            }
            if (verb == null) {
                continue;
            }
            Mention speaker = verbAfter ? firstSpeakerIn(mentions, to + 1, sentenceEnd(text, to + 1, after))
                    : lastSpeakerIn(mentions, sentenceStart(text, before, from - 1), from - 1);
            if (speaker == null) {
                speaker = lastPersonIn(mentions, lineStart, from);
            }
            out.add(new Quotation(speaker == null ? null : speaker.entity(), speaker == null ? null : speaker.surface(),
                    verb.text(), text.substring(from, end), from, end));
        }
        return out;
    }

    /** The first reporting verb in [from, to), or null. */
    private TextWords.Word verbIn(String text, int from, int to) {
        return TextWords.of(text, from, Math.max(from, to)).stream()
                .filter(word -> verbs.contains(WordTokens.fold(word.text()))).findFirst().orElse(null);
    }

    /** Whether the quotation follows a colon ("X said: «…»"), perhaps with a space or a dash between. */
    private static boolean colonBefore(String text, int from) {
        int i = from - 2;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '—' || text.charAt(i) == '-')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || QuoteMarks.isMark(c)) {
                return i;
            }
        }
        return limit;
    }

    private static int sentenceStart(String text, int limit, int to) {
        for (int i = to - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || QuoteMarks.isMark(c)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean speaks(Mention m) {
        return m.entity().type() == EntityType.PERSON || m.entity().type() == EntityType.ORGANIZATION;
    }

    private static Mention firstSpeakerIn(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to && speaks(m)).findFirst().orElse(null);
    }

    private static Mention lastSpeakerIn(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to && speaks(m)).reduce((a, b) -> b).orElse(null);
    }

    private static Mention lastPersonIn(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to && m.entity().type() == EntityType.PERSON)
                .reduce((a, b) -> b).orElse(null);
    }
}
