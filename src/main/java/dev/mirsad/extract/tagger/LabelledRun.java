package dev.mirsad.extract.tagger;

import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.List;

/** A name the labels mark: its type and its tokens [from, to), a B label and the I labels after it. */
public record LabelledRun(EntityType type, int from, int to) {

    /** The names the labels mark, in order. */
    public static List<LabelledRun> of(NameLabel[] labels) {
        List<LabelledRun> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].begins()) {
                int end = i + 1;
                while (end < labels.length && labels[end].inside()) {
                    end++;
                }
                out.add(new LabelledRun(labels[i].type(), i, end));
                i = end - 1;
            }
        }
        return out;
    }
}
