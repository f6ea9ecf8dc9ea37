package dev.mirsad.lab.training;

import dev.mirsad.extract.tagger.TokenizedText;
import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.tagger.NameLabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Token labels from an entity-level gold file (GUIDELINES.md): every written form of every person,
 * organization and place (its name and aliases) is found in the text, with a proclitic allowed on its
 * first word (وبغداد for بغداد, للجيش for الجيش); longer forms win where forms overlap.
 */
public final class GoldProjection {

    /** In a fixed order: where two forms cover the same words, the first listed wins, the same in every run. */
    private static final List<Map.Entry<String, EntityType>> TYPES = List.of(Map.entry("persons", EntityType.PERSON),
            Map.entry("organizations", EntityType.ORGANIZATION), Map.entry("locations", EntityType.LOCATION));

    private record Form(EntityType type, List<String> words) {
    }

    private record Found(EntityType type, int from, int to, String firstWord) {
    }

    private GoldProjection() {
    }

    /**
     * @param counts receives the first word of each name found, as the gold writes it (without clitics)
     */
    public static LabelledText project(TokenizedText tokens, Map<String, Object> gold, NameCounts counts) {
        List<Form> forms = forms(gold);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            if (word == null) {
                continue;
            }
            for (Form form : forms) {
                if (Clitics.hasStem(word, form.words().get(0)) && restMatches(tokens, i, form.words())) {
                    found.add(new Found(form.type(), i, i + form.words().size(), form.words().get(0)));
                }
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.from() - f.to()).thenComparingInt(Found::from));
        NameLabel[] labels = new NameLabel[tokens.size()];
        Arrays.fill(labels, NameLabel.O);
        for (Found f : found) {
            boolean free = true;
            for (int k = f.from(); k < f.to(); k++) {
                free &= labels[k] == NameLabel.O;
            }
            if (free) {
                labels[f.from()] = NameLabel.begin(f.type());
                for (int k = f.from() + 1; k < f.to(); k++) {
                    labels[k] = NameLabel.inside(f.type());
                }
                counts.add(f.firstWord(), f.to() - f.from());
            }
        }
        return new LabelledText(tokens, labels);
    }

    private static boolean restMatches(TokenizedText tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String word = tokens.word(at + k);
            if (!words.get(k).equals(word)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Form> forms(Map<String, Object> gold) {
        List<Form> out = new ArrayList<>();
        TYPES.forEach(entry -> {
            String list = entry.getKey();
            EntityType type = entry.getValue();
            for (Map<String, Object> entity : (List<Map<String, Object>>) gold.getOrDefault(list, List.of())) {
                List<String> written = new ArrayList<>();
                written.add((String) entity.get("name"));
                written.addAll((List<String>) entity.getOrDefault("aliases", List.of()));
                for (String form : written) {
                    List<String> words = new Tokens(ArabicFold.fold(form)).all().stream()
                            .filter(Token::word).map(Token::text).toList();
                    if (!words.isEmpty()) {
                        out.add(new Form(type, words));
                    }
                }
            }
        });
        return out;
    }
}
