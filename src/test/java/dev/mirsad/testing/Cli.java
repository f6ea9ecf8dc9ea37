package dev.mirsad.testing;

import dev.mirsad.cli.MirsadCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI in this JVM against a test database and keeps what it printed. */
public final class Cli {

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private final Map<String, String> properties;

    public Cli(TestDatabase database) {
        this(database.properties());
    }

    /** For commands that need no database (eval-ner). */
    public static Cli withoutDatabase() {
        return new Cli(Map.of());
    }

    /** For a database of the test's own, e.g. a server it stops and starts. */
    public Cli(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** The same CLI with one more Spring property, e.g. a smaller chunk size. */
    public Cli with(String property, String value) {
        Map<String, String> more = new HashMap<>(properties);
        more.put(property, value);
        return new Cli(more);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MirsadCli.execute(properties, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
