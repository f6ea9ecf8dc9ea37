package dev.mirsad.lab.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL named-entity file: one {@code token tag} per line (tab or spaces), a blank line between sentences.
 * CoNLL-U comment lines ({@code # sent_id = ...}) are skipped, and {@code # doc = ...} or {@code # newdoc id = ...}
 * or a CoNLL-2003 {@code -DOCSTART-} line starts a document; a line {@code # O} is the token {@code #}.
 */
public final class ConllReader {

    /** One token and its BIO tag (B-PERS, I-LOC, O...). */
    public record TaggedToken(String text, String tag) {
    }

    /**
     * Which fields hold the token and its tag, from 1; 0 for the tag means the last field (some exports put
     * a POS column between, others further layers after).
     */
    public record Columns(int token, int tag) {

        public static final Columns FIRST_AND_LAST = new Columns(1, 0);
    }

    private ConllReader() {
    }

    public static List<List<TaggedToken>> read(Path file) throws IOException {
        return read(file, Columns.FIRST_AND_LAST);
    }

    public static List<List<TaggedToken>> read(Path file, Columns columns) throws IOException {
        return readDocuments(file, columns).stream().flatMap(List::stream).toList();
    }

    /** The file's documents, each a list of sentences; a file without document comments is one document. */
    public static List<List<List<TaggedToken>>> readDocuments(Path file, Columns columns) throws IOException {
        return parseDocuments(Files.readAllLines(file, StandardCharsets.UTF_8), columns);
    }

    static List<List<TaggedToken>> parse(List<String> lines) {
        return parseDocuments(lines, Columns.FIRST_AND_LAST).stream().flatMap(List::stream).toList();
    }

    static List<List<List<TaggedToken>>> parseDocuments(List<String> lines, Columns columns) {
        List<List<List<TaggedToken>>> documents = new ArrayList<>();
        List<List<TaggedToken>> sentences = new ArrayList<>();
        List<TaggedToken> sentence = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ") && trimmed.contains(" = ")) {
                if (trimmed.startsWith("# doc =") || trimmed.startsWith("# newdoc")) {
                    endSentence(sentence, sentences);
                    endDocument(sentences, documents);
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                endSentence(sentence, sentences);
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields[0].equals("-DOCSTART-")) {
                endSentence(sentence, sentences);
                endDocument(sentences, documents);
                continue;
            }
            if (fields.length == 1 && Character.isWhitespace(line.charAt(0))) {
                continue; // a token of white space only (a no-break space in some corpora): nothing to tag
            }
            int tag = columns.tag() == 0 ? fields.length : columns.tag();
            if (fields.length < 2 || fields.length < Math.max(tag, columns.token())) {
                throw new IllegalArgumentException("not a 'token tag' line with the token in field " + columns.token()
                        + " and the tag in field " + (columns.tag() == 0 ? "last" : columns.tag()) + ": " + line);
            }
            sentence.add(new TaggedToken(fields[columns.token() - 1], fields[tag - 1]));
        }
        endSentence(sentence, sentences);
        endDocument(sentences, documents);
        return documents;
    }

    private static void endSentence(List<TaggedToken> sentence, List<List<TaggedToken>> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }

    private static void endDocument(List<List<TaggedToken>> sentences, List<List<List<TaggedToken>>> documents) {
        if (!sentences.isEmpty()) {
            documents.add(List.copyOf(sentences));
            sentences.clear();
        }
    }
}
