package dev.mirsad.lab.evaluation;

import dev.mirsad.lab.evaluation.ConllReader.Columns;
import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;
import picocli.CommandLine.ITypeConverter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL file as given on the command line, {@code FILE} or {@code FILE@TOKEN,TAG} with the fields of the
 * token and its tag counted from 1 (GUM's NER is field 2 of 4, UNER's token field 2 and tag field 3).
 * Every fifth document of a file ({@code # doc =}, {@code # newdoc} or {@code -DOCSTART-} lines) is its development part ({@link #DEVELOPMENT_EVERY}); the training
 * part is the rest.
 */
public record ConllSource(Path file, Columns columns) {

    public static final int DEVELOPMENT_EVERY = 5;

    public enum Part { all, training, development }

    public List<List<TaggedToken>> sentences(Part part) throws IOException {
        return documents(part).stream().flatMap(List::stream).toList();
    }

    /**
     * The part's documents cut into texts of at most maxSentences sentences each, in order: a tagger trained
     * on whole texts sees what an article shows it (a name written again further on).
     */
    public List<List<List<TaggedToken>>> texts(Part part, int maxSentences) throws IOException {
        List<List<List<TaggedToken>>> out = new ArrayList<>();
        for (List<List<TaggedToken>> document : documents(part)) {
            for (int from = 0; from < document.size(); from += maxSentences) {
                out.add(document.subList(from, Math.min(document.size(), from + maxSentences)));
            }
        }
        return out;
    }

    private List<List<List<TaggedToken>>> documents(Part part) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        List<List<List<TaggedToken>>> documents = ConllReader.readDocuments(file, columns);
        if (part != Part.all && documents.size() < DEVELOPMENT_EVERY) {
            throw new IllegalArgumentException(file + " has " + documents.size() + " documents (# doc = or # newdoc lines): "
                    + "too few to keep every " + DEVELOPMENT_EVERY + "th for development");
        }
        List<List<List<TaggedToken>>> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            boolean development = d % DEVELOPMENT_EVERY == DEVELOPMENT_EVERY - 1;
            if (part == Part.all || development == (part == Part.development)) {
                out.add(documents.get(d));
            }
        }
        return out;
    }

    /** Reads {@code FILE} or {@code FILE@TOKEN,TAG}. */
    public static final class Converter implements ITypeConverter<ConllSource> {

        @Override
        public ConllSource convert(String value) {
            int at = value.lastIndexOf('@');
            if (at < 0 || !value.substring(at + 1).matches("\\d+,\\d+")) {
                return new ConllSource(Path.of(value), Columns.FIRST_AND_LAST);
            }
            String[] fields = value.substring(at + 1).split(",");
            return new ConllSource(Path.of(value.substring(0, at)), new Columns(Integer.parseInt(fields[0]), Integer.parseInt(fields[1])));
        }
    }
}
