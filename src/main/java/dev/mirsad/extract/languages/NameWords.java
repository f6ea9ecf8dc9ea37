package dev.mirsad.extract.languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A language's word lists as the tagger reads them: whether a folded word is a given name, a family name, or
 * a word of a place's or a country's name ({@code words.tsv}, derived by {@code src/lab/derive_name_words.py};
 * the sources are named there). Where the language declares the letters of its inflected endings, a word
 * is also looked up by its stems: the word without one or two of them (Москве and Москвой share москв with
 * Москва, России and Россией share росси).
 */
public final class NameWords {

    /** The classes, one bit each; a word's classes without its ending are the same bits shifted by {@link #CLASSES}. */
    static final int CLASSES = 4;
    private static final Map<String, Integer> BITS = Map.of("GIVEN", 1, "FAMILY", 2, "PLACE", 4, "COUNTRY", 8);
    private static final int MIN_STEM = 4;
    private static final int MAX_ENDING = 2;

    public static final NameWords NONE = new NameWords(Map.of(), Map.of(), "", "");

    private final Map<String, Integer> classes;
    private final Map<String, Integer> stemClasses;
    private final String endings;
    private final String digest;

    private NameWords(Map<String, Integer> classes, Map<String, Integer> stemClasses, String endings, String digest) {
        this.classes = classes;
        this.stemClasses = stemClasses;
        this.endings = endings;
        this.digest = digest;
    }

    /** Reads a words.tsv; the digest names the lists a model was trained with. */
    public static NameWords read(InputStream source) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Integer> classes = new HashMap<>();
        String endings = "";
        BufferedReader lines = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            if (line.startsWith("@endings ")) {
                endings = line.substring("@endings ".length()).strip();
                continue;
            }
            int tab = line.indexOf('\t');
            Integer bit = tab < 0 ? null : BITS.get(line.substring(tab + 1));
            if (bit == null) {
                throw new IOException("not a 'word<TAB>GIVEN|FAMILY|PLACE|COUNTRY' line: " + line);
            }
            classes.merge(line.substring(0, tab), bit, (a, b) -> a | b);
        }
        Map<String, Integer> stemClasses = new HashMap<>();
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            for (String stem : stems(e.getKey(), endings)) {
                stemClasses.merge(stem, e.getValue(), (a, b) -> a | b);
            }
        }
        return new NameWords(Map.copyOf(classes), Map.copyOf(stemClasses), endings, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    /** The folded word's stems: without one, then two, trailing letters of the language's endings, keeping four. */
    List<String> stems(String word) {
        return stems(word, endings);
    }

    private static List<String> stems(String word, String endings) {
        List<String> out = new ArrayList<>(MAX_ENDING);
        int end = word.length();
        while (end > MIN_STEM && word.length() - end < MAX_ENDING && endings.indexOf(word.charAt(end - 1)) >= 0) {
            out.add(word.substring(0, --end));
        }
        return out;
    }

    /**
     * The folded word's class bits: listed as written in the low bits; in the next {@link #CLASSES}, those of
     * the listed words that share a stem with it or are one of its stems.
     */
    int classesOf(String foldedWord) {
        int exact = classes.getOrDefault(foldedWord, 0);
        if (endings.isEmpty()) {
            return exact;
        }
        int byStem = stemClasses.getOrDefault(foldedWord, 0);
        for (String stem : stems(foldedWord, endings)) {
            byStem |= stemClasses.getOrDefault(stem, 0) | classes.getOrDefault(stem, 0);
        }
        return exact | byStem << CLASSES;
    }

    public String digest() {
        return digest;
    }
}
