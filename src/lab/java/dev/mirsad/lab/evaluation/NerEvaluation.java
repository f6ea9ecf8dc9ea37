package dev.mirsad.lab.evaluation;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.pipeline.ArticlePipeline;
import dev.mirsad.pipeline.PreparedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the extractor's persons, places and organizations against a CoNLL-tagged corpus at mention level.
 * Sentences are joined into pseudo-articles (tokens separated by spaces, one sentence a line) so that
 * in-article evidence such as a family name seen before still counts. A mention hits when its type and
 * its token range equal a gold one; a clitic written as its own token (و, ب, لل...) at either edge is
 * ignored, and a clitic attached to a word is inside the token anyway. MISC is not scored.
 */
public final class NerEvaluation {

    private static final Map<EntityType, String> TYPES = Map.of(
            EntityType.PERSON, "PERS", EntityType.LOCATION, "LOC", EntityType.ORGANIZATION, "ORG");
    /** The corpora's names for the scored types: PER in most English and Russian sets, GPE for a country or city in some. */
    private static final Map<String, String> TYPE_ALIASES = Map.of("PER", "PERS", "GPE", "LOC");
    private static final Set<String> SCORED = Set.copyOf(TYPES.values());
    private static final Set<String> CLITIC_TOKENS = Set.of("و", "ف", "ب", "ل", "ك", "ال", "لل");


    private final ArticlePipeline pipeline;
    private final int sentencesPerArticle;
    private final DetectedLanguage language;

    /** @param language the corpus's language, as given; its tokens are scored as given, without cleaning */
    public NerEvaluation(ArticlePipeline pipeline, int sentencesPerArticle, DetectedLanguage language) {
        if (sentencesPerArticle < 1) {
            throw new IllegalArgumentException("sentences per article must be at least 1");
        }
        this.pipeline = pipeline;
        this.sentencesPerArticle = sentencesPerArticle;
        this.language = language;
    }

    public NerScores score(List<List<TaggedToken>> sentences) {
        NerScores scores = new NerScores();
        for (int from = 0; from < sentences.size(); from += sentencesPerArticle) {
            List<TaggedToken> tokens = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            for (List<TaggedToken> sentence : sentences.subList(from, Math.min(sentences.size(), from + sentencesPerArticle))) {
                for (TaggedToken t : sentence) {
                    offsets.add(new int[] {text.length(), text.length() + t.text().length()});
                    text.append(t.text()).append(' ');
                    tokens.add(t);
                }
                text.setCharAt(text.length() - 1, '\n');
            }
            Set<EntitySpan> gold = trimmed(goldSpans(tokens), tokens);
            Set<EntitySpan> predicted = trimmed(predictedSpans(text.toString(), offsets), tokens);
            compare(gold, predicted, tokens, scores);
        }
        return scores;
    }

    /** Mentions from B-/I- tags; an I- tag that does not continue its type opens a mention. */
    static List<EntitySpan> goldSpans(List<TaggedToken> tokens) {
        List<EntitySpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tokens.get(i).tag() : "O";
            String tagType = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            tagType = tagType == null ? null : TYPE_ALIASES.getOrDefault(tagType, tagType);
            boolean continues = tag.startsWith("I-") && tagType.equals(type);
            if (!continues) {
                if (type != null && SCORED.contains(type)) {
                    out.add(new EntitySpan(type, start, i));
                }
                type = tagType;
                start = i;
            }
        }
        return out;
    }

    private List<EntitySpan> predictedSpans(String text, List<int[]> offsets) {
        List<EntitySpan> out = new ArrayList<>();
        for (Mention m : pipeline.extract(new PreparedText(text, language), null).mentions()) {
            String type = TYPES.get(m.entity().type());
            int from = tokenAt(offsets, m.start());
            int to = tokenAt(offsets, m.end() - 1) + 1;
            if (type != null && from < to) {
                out.add(new EntitySpan(type, from, to));
            }
        }
        return out;
    }

    /** The token covering a character offset, or the next one after it. */
    private static int tokenAt(List<int[]> offsets, int offset) {
        int lo = 0;
        int hi = offsets.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Set<EntitySpan> trimmed(List<EntitySpan> spans, List<TaggedToken> tokens) {
        Set<EntitySpan> out = new LinkedHashSet<>();
        for (EntitySpan s : spans) {
            int from = s.from();
            int to = s.to();
            while (to - from > 1 && CLITIC_TOKENS.contains(tokens.get(from).text())) {
                from++;
            }
            while (to - from > 1 && CLITIC_TOKENS.contains(tokens.get(to - 1).text())) {
                to--;
            }
            out.add(new EntitySpan(s.type(), from, to));
        }
        return out;
    }

    private static void compare(Set<EntitySpan> gold, Set<EntitySpan> predicted, List<TaggedToken> tokens, NerScores scores) {
        Set<EntitySpan> hits = new HashSet<>(gold);
        hits.retainAll(predicted);
        for (String type : SCORED) {
            int tp = (int) hits.stream().filter(s -> s.type().equals(type)).count();
            int fp = (int) predicted.stream().filter(s -> s.type().equals(type)).count() - tp;
            int fn = (int) gold.stream().filter(s -> s.type().equals(type)).count() - tp;
            scores.add(type, tp, fp, fn);
        }
        predicted.stream().filter(s -> !hits.contains(s))
                .forEach(s -> scores.error("false " + s.type() + ": " + words(tokens, s) + " | " + context(tokens, s)));
        gold.stream().filter(s -> !hits.contains(s))
                .forEach(s -> scores.error("missed " + s.type() + ": " + words(tokens, s) + " | " + context(tokens, s)));
    }

    private static String words(List<TaggedToken> tokens, EntitySpan s) {
        return String.join(" ", tokens.subList(s.from(), s.to()).stream().map(TaggedToken::text).toList());
    }

    private static String context(List<TaggedToken> tokens, EntitySpan s) {
        return words(tokens, new EntitySpan(s.type(), Math.max(0, s.from() - 4), Math.min(tokens.size(), s.to() + 4)));
    }
}
