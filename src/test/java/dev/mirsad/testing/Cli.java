package dev.mirsad.testing;

import dev.mirsad.cli.MirsadCli;
import dev.mirsad.lab.LabCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI (the operator's, or the lab's) in this JVM against a test database and keeps what it printed. */
public final class Cli {

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private final Map<String, String> properties;
    private final boolean lab;

    public Cli(TestDatabase database) {
        this(database.properties());
    }

    /** For a database of the test's own, e.g. a server it stops and starts. */
    public Cli(Map<String, String> properties) {
        this(properties, false);
    }

    private Cli(Map<String, String> properties, boolean lab) {
        this.properties = Map.copyOf(properties);
        this.lab = lab;
    }

    /** For lab commands that need no database (eval-ner, benchmark-extract, generate-corpus). */
    public static Cli labWithoutDatabase() {
        return new Cli(Map.of(), true);
    }

    /** The lab's command line (eval, benchmarks) on the same database. */
    public Cli lab() {
        return new Cli(properties, true);
    }

    /** The same CLI with one more Spring property, e.g. a smaller chunk size. */
    public Cli with(String property, String value) {
        Map<String, String> more = new HashMap<>(properties);
        more.put(property, value);
        return new Cli(more, lab);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = lab ? LabCli.execute(properties, new PrintWriter(out, true), new PrintWriter(err, true), args)
                : MirsadCli.execute(properties, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
