package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.extract.TaggerInputs;
import dev.mirsad.extract.languages.LanguageNameTagger;
import dev.mirsad.extract.languages.NameWords;
import dev.mirsad.extract.languages.WordTokens;
import dev.mirsad.extract.tagger.Perceptron;
import dev.mirsad.extract.tagger.TaggerModel;
import dev.mirsad.extract.tagger.TokenizedText;
import dev.mirsad.lab.evaluation.ConllSource;
import dev.mirsad.lab.training.PerceptronTrainer;
import dev.mirsad.lab.training.SpanScores;
import dev.mirsad.lab.training.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "train-tagger", mixinStandardHelpOptions = true,
        description = {"Trains the name tagger (persons, organizations, places) and writes its model file.",
                "Learns from annotated articles (gold JSON files under GUIDELINES.md beside their texts) and from",
                "token-level CoNLL corpora. One article in five is kept for development unless --all-articles;",
                "the tagger's own scores on those articles are printed at the end. Arabic models use the Arabic",
                "lexicons; other languages' (--language) read only the words. See docs/models.md."})
final class TrainTaggerCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of gold JSON files of annotated articles; repeatable, each with its --input.")
    private List<Path> golds = List.of();

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of the texts the gold files describe (NAME.txt), one for each --gold, in order.")
    private List<Path> texts = List.of();

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "ar",
            description = "The language the model is for, as language ID names it (default: ${DEFAULT-VALUE}).")
    private String language;

    @Option(names = "--conll", paramLabel = "FILE[@TOKEN,TAG]", converter = ConllSource.Converter.class,
            description = {"A CoNLL corpus (token, tag per line), all of it for training; repeatable.",
                    "@TOKEN,TAG: the fields of the token and its tag, from 1 (default: first and last)."})
    private List<ConllSource> conll = List.of();

    @Option(names = "--conll-training-part", paramLabel = "FILE[@TOKEN,TAG]", converter = ConllSource.Converter.class,
            description = "A CoNLL corpus of which every fifth document (# doc lines) is kept for eval-ner "
                    + "--development-documents; the rest is for training. Repeatable.")
    private List<ConllSource> conllTrainingPart = List.of();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where the model is written.")
    private Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--article-repeats", paramLabel = "N", defaultValue = "3",
            description = "How many times each annotated article is seen per pass (default: ${DEFAULT-VALUE}).")
    private int articleRepeats;

    @Option(names = "--feature-bits", paramLabel = "N", defaultValue = "20",
            description = "2^N hashed feature rows (default: ${DEFAULT-VALUE}).")
    private int featureBits;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--all-articles", description = "Train on every annotated article, keeping none for development.")
    private boolean allArticles;

    @Spec
    private CommandSpec spec;

    private static final int SENTENCES_PER_TEXT = 20;

    @Override
    public Integer call() throws Exception {
        if (golds.size() != texts.size()) {
            throw new IllegalArgumentException("--gold and --input go together: the gold files and the texts they describe, "
                    + "one --input for each --gold");
        }
        if (golds.isEmpty() && conll.isEmpty() && conllTrainingPart.isEmpty()) {
            throw new IllegalArgumentException("Nothing to train on: give --gold DIR --input DIR, or --conll FILE");
        }
        PrintWriter log = spec.commandLine().getOut();
        long started = System.nanoTime();
        boolean arabic = language.equals("ar");
        TaggerInputs inputs = arabic ? new TaggerInputs() : null;
        NameWords words = arabic ? NameWords.NONE : LanguageNameTagger.shippedWords(language);
        Function<String, TokenizedText> tokenizer = arabic ? text -> inputs.tokens(text, featureBits) : text -> WordTokens.of(text, featureBits, words);
        TrainingData data = new TrainingData(tokenizer);
        // The Arabic tagger learned from one corpus sentence at a time, before its features looked beyond
        // a sentence; other languages' taggers read a document's casing elsewhere, so learn from documents
        // cut as eval-ner cuts them.
        int sentencesPerText = arabic ? 1 : SENTENCES_PER_TEXT;
        for (int k = 0; k < golds.size(); k++) {
            data.addArticles(golds.get(k), texts.get(k), !allArticles);
        }
        for (ConllSource source : conll) {
            data.addConll(source, ConllSource.Part.all, sentencesPerText);
        }
        for (ConllSource source : conllTrainingPart) {
            data.addConll(source, ConllSource.Part.training, sentencesPerText);
        }
        String corpusTexts = data.corpora().size() + (arabic ? " corpus sentences" : " corpus texts of up to " + SENTENCES_PER_TEXT + " sentences");
        log.printf("training on %d annotated articles (each %d times) and %s; %d articles kept for development%n",
                data.articles().size(), articleRepeats, corpusTexts, data.development().size());
        log.flush();
        PerceptronTrainer trainer = new PerceptronTrainer(featureBits, arabic);
        List<Double> accuracy = trainer.train(data.training(articleRepeats), epochs, seed);
        for (int e = 0; e < accuracy.size(); e++) {
            log.printf("epoch %d: %.4f of tokens labelled right before updating%n", e + 1, accuracy.get(e));
        }
        Perceptron model = trainer.averaged();
        String description = (arabic ? "" : language + ": ") + String.format("averaged perceptron, 2^%d feature rows, %d epochs, seed %d: %d articles x%d, %s",
                featureBits, epochs, seed, data.articles().size(), articleRepeats, corpusTexts);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            // Only the Arabic tagger reads lexicons and the counts of name words (to undo clitics).
            TaggerModel tagger = arabic
                    ? new TaggerModel(description, TaggerInputs.lexiconDigest(), model, data.names().starts(), data.names().singleWordNames())
                    : new TaggerModel(description, words.digest(), model, Map.of(), Map.of());
            tagger.write(file);
        }
        log.printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - started) / 1e9);
        if (!data.development().isEmpty()) {
            log.println("the tagger alone on the development articles (exact spans):");
            log.print(SpanScores.table(data.development(), model));
        }
        log.flush();
        return ExitCodes.COMPLETED;
    }
}
