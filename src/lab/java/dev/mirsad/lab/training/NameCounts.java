package dev.mirsad.lab.training;

import java.util.HashMap;
import java.util.Map;

/** What the model keeps of the names in its training data: how often each word began a name, or was one. */
public final class NameCounts {

    private final Map<String, Integer> starts = new HashMap<>();
    private final Map<String, Integer> singleWordNames = new HashMap<>();

    /** @param firstWord the name's first word, folded; @param words how many words the name has */
    public void add(String firstWord, int words) {
        starts.merge(firstWord, 1, Integer::sum);
        if (words == 1) {
            singleWordNames.merge(firstWord, 1, Integer::sum);
        }
    }

    public Map<String, Integer> starts() {
        return starts;
    }

    public Map<String, Integer> singleWordNames() {
        return singleWordNames;
    }
}
