package dev.mirsad.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged {@code target/mirsad.jar} run as its own JVM with {@code -Xmx512m}, as production
 * runs it, and ended by the JVM if it ever runs out of that heap, pointed at a test database through the environment. Output goes to files under
 * {@code target/it-logs/}, so a child that is killed leaves what it printed.
 */
public final class MirsadJar {

    public static final Path JAR = Path.of("target", "mirsad.jar").toAbsolutePath();
    private static final Path LOGS = Path.of("target", "it-logs").toAbsolutePath();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Map<String, String> environment;
    private final List<Path> outputs = new ArrayList<>();

    /** @param environment e.g. SPRING_DATASOURCE_URL, MIRSAD_CHUNKSIZE */
    public MirsadJar(Map<String, String> environment) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run in the verify phase, after package");
        }
        this.environment = Map.copyOf(environment);
    }

    /** A running command. */
    public final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        public Process process() {
            return process;
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** kill -9: no shutdown hook, no last write. */
        public Result kill() throws Exception {
            process.destroyForcibly();
            return await(Duration.ofMinutes(1));
        }

        /** SIGTERM, as a scheduler or {@code docker stop} sends. */
        public void terminate() {
            process.destroy();
        }

        public Result await(Duration timeout) throws Exception {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("mirsad did not end within " + timeout + "; output in " + out);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    public Running start(String... args) throws IOException {
        Files.createDirectories(LOGS);
        String name = "mirsad-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet() + "-" + args[0];
        Path out = LOGS.resolve(name + ".out");
        Path err = LOGS.resolve(name + ".err");
        synchronized (outputs) {
            outputs.add(out);
            outputs.add(err);
        }
        // Out of heap ends the JVM at once (exit 3) instead of limping on: a run that completes kept within the cap.
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = new HashMap<>(environment);
        builder.environment().putAll(env);
        return new Running(builder.start(), out, err);
    }

    public Result run(String... args) throws Exception {
        return start(args).await(Duration.ofMinutes(5));
    }

    /** Everything every command of this instance printed, for checks such as "no password in the logs". */
    public String allOutput() throws IOException {
        StringBuilder all = new StringBuilder();
        synchronized (outputs) {
            for (Path file : outputs) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** A TCP port free at this moment, for serve's HTTP port. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
