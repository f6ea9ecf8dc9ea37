package dev.mirsad.lab.training;

import dev.mirsad.extract.tagger.TokenizedText;
import dev.mirsad.lab.evaluation.ConllReader;
import dev.mirsad.lab.evaluation.ConllSource;
import dev.mirsad.lab.evaluation.DevelopmentSplit;
import dev.mirsad.lab.evaluation.GoldFiles;
import dev.mirsad.text.TextCleaner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tagger's training and development texts: annotated articles (gold files beside their texts),
 * split by {@link DevelopmentSplit}, and token-level CoNLL corpora, of which a given part is for training.
 */
public final class TrainingData {

    private final Function<String, TokenizedText> tokenizer;
    private final TextCleaner cleaner = new TextCleaner();
    private final NameCounts names = new NameCounts();
    private final List<LabelledText> articles = new ArrayList<>();
    private final List<LabelledText> development = new ArrayList<>();
    private final List<LabelledText> corpora = new ArrayList<>();

    /** @param tokenizer the tagger's tokens of a cleaned text, with its features */
    public TrainingData(Function<String, TokenizedText> tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * @param keepDevelopment whether the development articles stay out of training (the default: a user
     *                        training on their own data may take all of them)
     */
    public void addArticles(Path gold, Path texts, boolean keepDevelopment) throws IOException {
        for (Map.Entry<String, Map<String, Object>> entry : GoldFiles.read(gold).entrySet()) {
            Path text = texts.resolve(entry.getKey() + ".txt");
            if (!Files.isRegularFile(text)) {
                throw new IllegalArgumentException("The article " + text + " of the gold file " + entry.getKey()
                        + ".json is missing; give the folder of its texts with --input");
            }
            String cleaned = cleaner.clean(Files.readString(text, StandardCharsets.UTF_8));
            boolean isDevelopment = keepDevelopment && DevelopmentSplit.isDevelopment(entry.getKey());
            NameCounts counts = isDevelopment ? new NameCounts() : names;
            LabelledText labelled = GoldProjection.project(tokenizer.apply(cleaned), entry.getValue(), counts);
            (isDevelopment ? development : articles).add(labelled);
        }
    }

    /** @param sentencesPerText how many sentences of a document make one training text, at most */
    public void addConll(ConllSource source, ConllSource.Part part, int sentencesPerText) throws IOException {
        for (List<List<ConllReader.TaggedToken>> text : source.texts(part, sentencesPerText)) {
            corpora.add(ConllProjection.project(text, tokenizer, names));
        }
    }

    /** The annotated articles, each repeated, then the corpora: in-domain news counts for more than Wikipedia. */
    public List<LabelledText> training(int articleRepeats) {
        List<LabelledText> out = new ArrayList<>();
        for (int r = 0; r < articleRepeats; r++) {
            out.addAll(articles);
        }
        out.addAll(corpora);
        return out;
    }

    public List<LabelledText> articles() {
        return articles;
    }

    public List<LabelledText> development() {
        return development;
    }

    public List<LabelledText> corpora() {
        return corpora;
    }

    public NameCounts names() {
        return names;
    }
}
