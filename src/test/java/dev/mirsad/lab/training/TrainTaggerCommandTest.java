package dev.mirsad.lab.training;

import dev.mirsad.extract.tagger.TaggerModel;
import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mirsad-lab train-tagger} on the shipped seed articles and a small CoNLL file. */
class TrainTaggerCommandTest {

    private static final String GOLD = Path.of("src/test/resources/gold/seeds").toAbsolutePath().toString();
    private static final String INPUT = Path.of("input/seeds").toAbsolutePath().toString();

    private final Cli cli = new Cli(TestDatabase.fresh()).lab();

    @Test
    void writesAModelThatKnowsTheNamesItWasTrainedOn(@TempDir Path folder) throws IOException {
        Path conll = Files.writeString(folder.resolve("small.conll"), "زار O\nكوفي B-PERS\nعنان I-PERS\nبغداد B-LOC\n\n");
        Path model = folder.resolve("model.gz");

        Cli.Result result = cli.run("train-tagger", "--gold", GOLD, "--input", INPUT, "--conll", conll.toString(),
                "--all-articles", "--epochs", "2", "--feature-bits", "16", "--out", model.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("training on 5 annotated articles", "1 corpus sentences", "epoch 2:", "wrote " + model);
        try (InputStream in = Files.newInputStream(model)) {
            TaggerModel read = TaggerModel.read(in);
            assertThat(read.perceptron().featureBits()).isEqualTo(16);
            assertThat(read.singleWordNameCount("بغداد")).isPositive();
            assertThat(read.nameStartCount("كوفي")).isEqualTo(1);
        }
    }

    @Test
    void refusesGoldFilesWithoutTheirTexts() {
        Cli.Result result = cli.run("train-tagger", "--gold", GOLD, "--out", "never.gz");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--gold and --input go together");
        assertThat(Path.of("never.gz")).doesNotExist();
    }
}
