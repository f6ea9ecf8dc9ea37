package dev.mirsad.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Clitics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multi-word terms found in one pass with an Aho-Corasick automaton over the folded text (a double-array
 * trie: a transition is two array reads, where a trie of hash maps boxes every char). A term matches a
 * whole word, optionally behind proclitics (بالعراق, وإيران); a term starting with ال also matches
 * behind ل where the article's alef is swallowed (للأمم المتحدة).
 */
final class Gazetteer {

    private record Keyed(GazetteerEntry entry, boolean lamForm) {
    }

    private final AhoCorasickDoubleArrayTrie<List<Keyed>> trie = new AhoCorasickDoubleArrayTrie<>();

    private Gazetteer(Map<String, List<Keyed>> byKey) {
        trie.build(new TreeMap<>(byKey));
    }

    static final class Builder {
        private final Map<String, List<Keyed>> byKey = new LinkedHashMap<>();

        /** Adds a term unless an earlier entry already claims it (earlier files win). */
        Builder add(String term, GazetteerEntry entry) {
            String key = ArabicFold.fold(term);
            if (key.length() < 2 || byKey.containsKey(key)) {
                return this;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Keyed(entry, false));
            if (key.startsWith("ال") && key.length() > 3) {
                String lamKey = "ل" + key.substring(2);
                byKey.computeIfAbsent(lamKey, k -> new ArrayList<>()).add(new Keyed(entry, true));
            }
            return this;
        }

        Gazetteer build() {
            return new Gazetteer(byKey);
        }
    }

    /** Longest non-overlapping matches in text order. */
    List<GazetteerMatch> find(String folded) {
        List<GazetteerMatch> candidates = new ArrayList<>();
        trie.parseText(folded, (start, end, keyedEntries) -> {
            if (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                return;
            }
            // A match deeper inside a word than the longest proclitic is dropped without walking the word.
            int wordStart = start;
            while (wordStart > 0 && start - wordStart <= Clitics.MAX_PREFIX_LENGTH
                    && Character.isLetterOrDigit(folded.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (start - wordStart > Clitics.MAX_PREFIX_LENGTH) {
                return;
            }
            String prefix = folded.substring(wordStart, start);
            for (Keyed keyed : keyedEntries) {
                boolean ok = keyed.lamForm()
                        ? prefix.equals("ل") || prefix.equals("ول") || prefix.equals("فل")
                        : Clitics.isPrefix(prefix);
                if (ok) {
                    candidates.add(new GazetteerMatch(keyed.entry(), wordStart, end));
                    break;
                }
            }
        });
        candidates.sort(Comparator.comparingInt((GazetteerMatch m) -> m.start() - m.end())
                .thenComparingInt(GazetteerMatch::start));
        List<GazetteerMatch> chosen = new ArrayList<>();
        BitSet taken = new BitSet(folded.length());
        for (GazetteerMatch m : candidates) {
            int next = taken.nextSetBit(m.start());
            if (next < 0 || next >= m.end()) {
                chosen.add(m);
                taken.set(m.start(), m.end());
            }
        }
        chosen.sort(Comparator.comparingInt(GazetteerMatch::start));
        return chosen;
    }
}
