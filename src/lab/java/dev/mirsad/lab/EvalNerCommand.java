package dev.mirsad.lab;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.evaluation.ConllReader;
import dev.mirsad.lab.evaluation.ConllSource;
import dev.mirsad.lab.evaluation.NerEvaluation;
import dev.mirsad.lab.evaluation.NerScores;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** Scores persons, places and organizations against a CoNLL file; needs no database. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Scores the extracted persons, places and organizations against a CoNLL file "
                + "(token and B-/I- PER(S), LOC, GPE, ORG tag per line; other types are ignored): mention-level P, R, F1.")
final class EvalNerCommand implements Callable<Integer> {

    enum Half { all, first, second }

    @Spec
    private CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE[@TOKEN,TAG]", converter = ConllSource.Converter.class,
            description = "The tagged corpus; @TOKEN,TAG: the fields of the token and its tag, from 1 (default: first and last).")
    private ConllSource conll;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "ar",
            description = "The corpus's language, given to the extractor as language ID would (default: ${DEFAULT-VALUE}).")
    private String language;

    @Option(names = "--development-documents",
            description = "Score only every fifth document (# doc lines), the part train-tagger --conll-training-part leaves out.")
    private boolean developmentDocuments;

    @Option(names = "--sentences-per-article", paramLabel = "N", defaultValue = "20",
            description = "Sentences joined into one pseudo-article (default: ${DEFAULT-VALUE}).")
    private int sentencesPerArticle;

    @Option(names = "--half", paramLabel = "all|first|second", defaultValue = "all",
            description = "Score all sentences, or the first or second half only (tune on one, report the other).")
    private Half half;

    @Option(names = "--errors", description = "Also list every miss and false alarm.")
    private boolean errors;

    @Override
    public Integer call() throws Exception {
        List<List<ConllReader.TaggedToken>> sentences = conll.sentences(
                developmentDocuments ? ConllSource.Part.development : ConllSource.Part.all);
        int middle = sentences.size() / 2;
        sentences = switch (half) {
            case all -> sentences;
            case first -> sentences.subList(0, middle);
            case second -> sentences.subList(middle, sentences.size());
        };
        NerScores scores;
        try (ArticlePipeline pipeline = ArticlePipeline.inThisProcess(ParserLimits.defaults(), ArticleDating.metadataOnly())) {
            scores = new NerEvaluation(pipeline, sentencesPerArticle, new DetectedLanguage(language, 1.0)).score(sentences);
        }
        var out = spec.commandLine().getOut();
        if (errors) {
            scores.errors().forEach(out::println);
        }
        out.print(scores.table());
        out.flush();
        return ExitCodes.COMPLETED;
    }
}
