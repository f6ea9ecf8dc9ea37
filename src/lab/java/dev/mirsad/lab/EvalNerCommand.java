package dev.mirsad.lab;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.cli.ExitCodes;
import dev.mirsad.lab.evaluation.ConllReader;
import dev.mirsad.lab.evaluation.NerEvaluation;
import dev.mirsad.lab.evaluation.NerScores;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Scores persons, places and organizations against a CoNLL file; needs no database. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Scores the extracted persons, places and organizations against a CoNLL file "
                + "(token and B-/I- PERS, LOC, ORG, MISC tag per line; MISC is ignored): mention-level P, R, F1.")
final class EvalNerCommand implements Callable<Integer> {

    enum Half { all, first, second }

    @Spec
    private CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "The tagged corpus.")
    private Path conll;

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
        if (!Files.isRegularFile(conll)) {
            throw new IllegalArgumentException("no such file: " + conll);
        }
        List<List<ConllReader.TaggedToken>> sentences = ConllReader.read(conll);
        int middle = sentences.size() / 2;
        sentences = switch (half) {
            case all -> sentences;
            case first -> sentences.subList(0, middle);
            case second -> sentences.subList(middle, sentences.size());
        };
        NerScores scores;
        try (ArticlePipeline pipeline = ArticlePipeline.inThisProcess(ParserLimits.defaults(), ArticleDating.metadataOnly())) {
            scores = new NerEvaluation(pipeline, sentencesPerArticle).score(sentences);
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
