package dev.mirsad.cli;

import dev.mirsad.testing.Cli;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Usage errors say what to do and exit with the documented codes. */
class CommandLineTest {

    private final Cli cli = new Cli(TestDatabase.fresh());

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "status", "restart", "recover", "stop", "serve", "worker"}) {
            Cli.Result help = cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).startsWith("Usage: mirsad " + command);
        }
        assertThat(cli.run("--help").out()).contains("Exit codes");
    }

    @Test
    void theOperatorsCommandListHoldsNoLabCommand() {
        String help = cli.run("--help").out();
        for (String lab : new String[] {"eval", "eval-ner", "benchmark", "benchmark-extract", "generate-corpus", "train-tagger"}) {
            assertThat(help).doesNotContainPattern("(?m)^\\s+" + lab + "\\s");
            assertThat(cli.run(lab).exitCode()).as(lab).isEqualTo(ExitCodes.USAGE);
        }
    }

    @Test
    void theLabCommandLineRunsTheLabCommands() {
        for (String command : new String[] {"eval", "eval-ner", "benchmark", "benchmark-extract", "generate-corpus", "train-tagger"}) {
            Cli.Result help = cli.lab().run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).startsWith("Usage: mirsad-lab " + command);
        }
    }

    @Test
    void aMalformedDateIsAUsageError() {
        Cli.Result result = cli.run("run", "--date", "2026-13-45");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--date");
    }

    @Test
    void aMissingInputFolderIsAUsageErrorThatSaysWhatToDo() {
        Cli.Result result = cli.run("run", "--input", "no/such/folder", "--date", "2026-03-02");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no/such/folder").contains("--input");
    }

    @Test
    void aNightAcrossWorkersRefusesTheEmbeddedDatabaseAndSaysWhatToSet() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "a database is configured in the environment");
        Cli embedded = new Cli(Map.of());
        for (String[] args : new String[][] {{"run", "--partitions", "4"}, {"worker"}}) {
            Cli.Result result = embedded.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("SPRING_DATASOURCE_URL");
        }
        Cli.Result tooMany = cli.run("run", "--partitions", "70000");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).contains("--partitions must be between 0 (one process) and 65536");
    }

    @Test
    void restartingAnUnknownExecutionPointsToStatus() {
        Cli.Result result = cli.run("restart", "424242");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("424242").contains("mirsad status");
    }

    @Test
    void restartNeedsAnIdOrLastFailed() {
        assertThat(cli.run("restart").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli.Result none = cli.run("restart", "--last-failed");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("No failed or stopped night");
    }
}
