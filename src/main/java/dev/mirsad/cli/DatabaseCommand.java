package dev.mirsad.cli;

import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** A command that needs the database and the job: it opens them, does its work, and closes them. */
public abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    private PropertiesSource parent;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        Map<String, String> properties = new HashMap<>(parent.properties());
        moreProperties().forEach(properties::putIfAbsent);
        try (MirsadRuntime runtime = MirsadRuntime.open(properties)) {
            return call(runtime);
        }
    }

    /** Settings this command's options give, below those the caller passed. */
    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    protected abstract int call(MirsadRuntime runtime) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
