package dev.mirsad.lab;

import dev.mirsad.cli.ExitCodes;
import dev.mirsad.cli.MirsadRuntime;
import dev.mirsad.lab.evaluation.GoldFiles;
import dev.mirsad.lab.evaluation.Predictions;
import dev.mirsad.lab.evaluation.Scorer;
import dev.mirsad.lab.evaluation.ScratchDatabase;
import dev.mirsad.lab.evaluation.SplitInputs;
import dev.mirsad.lab.evaluation.ViewReader;
import dev.mirsad.operations.IngestOperations;
import dev.mirsad.operations.RunOutcome;
import dev.mirsad.operations.RunRequest;
import dev.mirsad.parse.InputFolders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against gold files.",
                "Runs the job once over all the input folders into a scratch database (dropped afterwards),",
                "reads the reporting views and prints precision, recall and F1 per fact list for each gold",
                "folder, as the gold's score.py does."})
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    private LabCli parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of gold JSON files; repeatable, each is scored on its own.")
    private List<Path> golds;

    @Option(names = "--input", paramLabel = "DIR", required = true,
            description = "Folder of the articles the gold files describe; repeatable.")
    private List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date of the scratch run (default: today).")
    private LocalDate date;

    @Option(names = "--errors", description = "List every miss and false alarm after the table.")
    private boolean errors;

    @Option(names = "--split", paramLabel = "all|development|training", defaultValue = "all",
            converter = SplitPartConverter.class,
            description = "Score all articles, or only the development or training part of the tagger's split "
                    + "(docs/models.md; default: ${DEFAULT-VALUE}).")
    private SplitInputs.Part split;

    @Override
    public Integer call() throws Exception {
        if (errors && split == SplitInputs.Part.DEVELOPMENT) {
            throw new IllegalArgumentException("--errors is refused with --split development: those articles measure "
                    + "what was not tuned on, so only their scores are shown");
        }
        InputFolders.of(inputs).requireExisting("--input");
        Map<Path, Map<String, Map<String, Object>>> goldByFolder = new LinkedHashMap<>();
        for (Path gold : golds) {
            requireFolder(gold, "--gold");
            goldByFolder.put(gold, GoldFiles.read(gold));
        }
        try (SplitInputs part = SplitInputs.of(goldByFolder, inputs, split);
             ScratchDatabase scratch = ScratchDatabase.create(parent.properties())) {
            InputFolders folders = InputFolders.of(part.inputs());
            Map<String, String> properties = new LinkedHashMap<>(parent.properties());
            properties.putAll(scratch.properties());
            // The gold resolves relative dates only against a date from the document's metadata (GUIDELINES.md).
            properties.put("mirsad.publication-date-sources", "metadata");
            try (MirsadRuntime runtime = MirsadRuntime.open(properties)) {
                RunOutcome outcome = runtime.bean(IngestOperations.class)
                        .run(new RunRequest(date != null ? date : LocalDate.now(), folders, false));
                if (outcome.kind() != RunOutcome.Kind.RAN || outcome.execution().getStatus() != BatchStatus.COMPLETED) {
                    spec.commandLine().getErr().println("mirsad: the evaluation run did not complete: " + outcome.message());
                    return ExitCodes.FAILED;
                }
                Predictions predicted = new ViewReader(new JdbcTemplate(runtime.bean(DataSource.class))).read();
                PrintWriter out = spec.commandLine().getOut();
                part.gold().forEach((folder, articles) -> {
                    if (part.gold().size() > 1) {
                        out.println("== " + folder + (split == SplitInputs.Part.ALL ? "" : " (" + split.name().toLowerCase(Locale.ROOT) + " part)"));
                    }
                    out.print(Scorer.score(articles, predicted).table(errors));
                });
                out.flush();
                return ExitCodes.COMPLETED;
            }
        }
    }

    private static void requireFolder(Path folder, String option) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Folder " + folder + " does not exist; give an existing one with " + option + " DIR");
        }
    }
}

