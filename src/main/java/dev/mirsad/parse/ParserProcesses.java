package dev.mirsad.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

/**
 * A pool of parser child JVMs ({@link ParserProcessMain}), each with its own heap cap, for the
 * formats whose parsers can be made to loop or allocate without end (office documents, PDF, HTML):
 * Apache Tika's own advice for untrusted input. A child that runs past the timeout is killed and
 * replaced, so no parse outlives its timeout; a child that dies (out of memory, crash) costs the file
 * a rejection, never the night. Children start on first use and are stopped by {@link #close()}.
 */
public final class ParserProcesses implements AutoCloseable {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    /** The JVM's exit code under -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final ParserLimits limits;
    private final List<String> command;
    private final BlockingQueue<Child> idle;
    private final List<Child> all = new ArrayList<>();
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mirsad-parser-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /**
     * @param processes how many children parse at once
     * @param heapBytes each child's -Xmx
     */
    public ParserProcesses(ParserLimits limits, int processes, long heapBytes) {
        this.limits = limits;
        this.command = childCommand(limits, heapBytes);
        this.idle = new ArrayBlockingQueue<>(processes);
        for (int i = 0; i < processes; i++) {
            Child child = new Child();
            all.add(child);
            idle.add(child);
        }
    }

    /**
     * Parses one file in a child process.
     *
     * @throws CancellationException if the calling thread is interrupted (the job is stopping)
     */
    ParsedDocument parse(Path file, String fileName) throws DocumentRejectedException {
        Child child;
        try {
            child = idle.take();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a parser process for " + fileName);
        }
        try {
            return child.parse(file, fileName);
        } finally {
            idle.add(child);
        }
    }

    /** The command that starts a child: from the Spring Boot fat jar through its launcher, else the class path. */
    static List<String> childCommand(ParserLimits limits, long heapBytes) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Math.max(1, heapBytes / (1024 * 1024)) + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-cp", classPath));
        if (isSpringBootJar(classPath)) {
            command.addAll(List.of("-Dloader.main=" + ParserProcessMain.class.getName(), PROPERTIES_LAUNCHER));
        } else {
            command.add(ParserProcessMain.class.getName());
        }
        command.addAll(List.of(String.valueOf(limits.maxFileBytes()), String.valueOf(limits.timeout().toMillis()),
                String.valueOf(limits.maxTextChars())));
        return List.copyOf(command);
    }

    // A fat jar keeps the application under BOOT-INF/, where only its own launcher finds it; a plain or
    // manifest-only jar (Surefire's) runs with -cp as it is.
    private static boolean isSpringBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null || jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException unreadable) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        all.forEach(Child::kill);
        readers.shutdownNow();
    }

    /** One child process, started on demand, used by one thread at a time. */
    private final class Child {
        private Process process;
        private DataOutputStream requests;
        private DataInputStream answers;

        ParsedDocument parse(Path file, String fileName) throws DocumentRejectedException {
            if (closed) {
                throw new IllegalStateException("the document parser is closed");
            }
            Future<ParsedDocument> answer;
            try {
                ensureStarted();
                requests.writeUTF(file.toUri().toString());
                requests.flush();
                answer = readers.submit(() -> ParserProtocol.read(answers));
            } catch (IOException e) {
                kill();
                throw new IllegalStateException("cannot start or reach a parser process: " + e.getMessage(), e);
            }
            try {
                return answer.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException slow) {
                kill();
                throw new DocumentRejectedException(RejectionReason.PARSE_TIMEOUT, fileName + ": parsing took longer than "
                        + limits.timeout().toMillis() + " ms; its parser process was killed");
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof DocumentRejectedException rejected) {
                    throw rejected;
                }
                int exit = reap();
                throw new DocumentRejectedException(RejectionReason.CORRUPT, fileName + ": the parser process died"
                        + (exit == OUT_OF_MEMORY_EXIT ? " out of memory" : " (exit code " + exit + ")")
                        + " on this file; it is probably malformed or built to exhaust parsers", failed.getCause());
            } catch (InterruptedException stopping) {
                kill();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while parsing " + fileName);
            }
        }

        private void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        }

        /** Waits a moment for a child that broke off its answer to end by itself, so its exit code tells why. */
        private int reap() {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return kill();
        }

        /** @return the exit code, or -1 if there was no process */
        synchronized int kill() {
            if (process == null) {
                return -1;
            }
            Process dying = process;
            process = null;
            dying.destroyForcibly();
            try {
                dying.waitFor(10, TimeUnit.SECONDS);
                return dying.isAlive() ? -1 : dying.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
