package dev.mirsad.lab.training;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.TokenizedText;
import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Token labels from CoNLL sentences (PERS, ORG, LOC; MISC is no name under GUIDELINES.md). The sentences
 * are joined, tokens with spaces and sentences with line breaks, and tokenized as the tagger's language
 * tokenizes articles; each word takes the tag of the CoNLL token it starts in, and punctuation none:
 * (بغداد) is a place between two marks.
 */
public final class ConllProjection {

    private static final Map<String, EntityType> TYPES = Map.of("PERS", EntityType.PERSON, "PER", EntityType.PERSON,
            "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION, "GPE", EntityType.LOCATION);

    private ConllProjection() {
    }

    /**
     * @param tokenizer the tagger's tokens of a text
     * @param counts receives the first word of each name, as written
     */
    public static LabelledText project(List<List<TaggedToken>> sentences, Function<String, TokenizedText> tokenizer, NameCounts counts) {
        List<TaggedToken> corpusTokens = sentences.stream().flatMap(List::stream).toList();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[corpusTokens.size()];
        int k = 0;
        for (List<TaggedToken> one : sentences) {
            for (int t = 0; t < one.size(); t++, k++) {
                if (k > 0) {
                    text.append(t == 0 ? '\n' : ' ');
                }
                starts[k] = text.length();
                text.append(corpusTokens.get(k).text());
            }
        }
        TokenizedText tokens = tokenizer.apply(text.toString());
        NameLabel[] labels = new NameLabel[tokens.size()];
        int source = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (source + 1 < starts.length && starts[source + 1] <= tokens.start(i)) {
                source++;
            }
            String tag = corpusTokens.get(source).tag();
            EntityType type = tag.length() > 2 ? TYPES.get(tag.substring(2)) : null;
            NameLabel previous = i > 0 ? labels[i - 1] : NameLabel.O;
            if (type == null || tokens.word(i) == null) {
                labels[i] = NameLabel.O;
            } else if (tag.startsWith("B-") && tokens.start(i) == starts[source] || !NameLabel.inside(type).canFollow(previous)) {
                labels[i] = NameLabel.begin(type);
                if (tokens.word(i) != null) {
                    counts.add(tokens.word(i), nameLength(corpusTokens, source));
                }
            } else {
                labels[i] = NameLabel.inside(type);
            }
        }
        return new LabelledText(tokens, labels);
    }

    /** How many CoNLL tokens the name starting at token k has. */
    private static int nameLength(List<TaggedToken> sentence, int k) {
        int end = k + 1;
        while (end < sentence.size() && sentence.get(end).tag().startsWith("I-")) {
            end++;
        }
        return end - k;
    }
}
