package dev.mirsad.lab.training;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.LabelledRun;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tagger alone against labelled texts: exact name spans, per type, micro-averaged over the texts. */
public final class SpanScores {

    private SpanScores() {
    }

    /** Lines such as {@code PERSON  p 0.80  r 0.70  f1 0.75  (gold 120)}, one per type. */
    public static String table(List<LabelledText> texts, Perceptron model) {
        Map<EntityType, int[]> counts = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
        for (LabelledText text : texts) {
            Set<String> gold = spans(text.labels());
            Set<String> predicted = spans(GreedyTagger.tag(text.tokens(), model));
            for (String span : predicted) {
                counts.get(EntityType.valueOf(span.substring(0, span.indexOf(' '))))[gold.contains(span) ? 0 : 1]++;
            }
            for (String span : gold) {
                if (!predicted.contains(span)) {
                    counts.get(EntityType.valueOf(span.substring(0, span.indexOf(' '))))[2]++;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((type, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.append(String.format("  %-13s p %.3f  r %.3f  f1 %.3f  (gold %d)%n", type, p, r, f, c[0] + c[2]));
        });
        return out.toString();
    }

    private static Set<String> spans(NameLabel[] labels) {
        Set<String> out = new HashSet<>();
        LabelledRun.of(labels).forEach(name -> out.add(name.type() + " " + name.from() + " " + name.to()));
        return out;
    }
}
