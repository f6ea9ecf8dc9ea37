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
        if (needsSharedDatabase() && !MirsadRuntime.databaseConfigured(properties)) {
            throw new IllegalArgumentException(sharedDatabaseNeeded());
        }
        try (MirsadRuntime runtime = MirsadRuntime.open(properties)) {
            return call(runtime);
        }
    }

    /** Settings this command's options give, below those the caller passed. */
    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    /** Whether this command, as invoked, must reach a database other processes reach too, not the embedded one. */
    protected boolean needsSharedDatabase() {
        return false;
    }

    /** Why this command cannot use the embedded database, and what to set. */
    protected String sharedDatabaseNeeded() {
        return "this command needs a database every process reaches: set SPRING_DATASOURCE_URL,"
                + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";
    }

    protected abstract int call(MirsadRuntime runtime) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
