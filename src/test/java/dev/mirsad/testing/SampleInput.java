package dev.mirsad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The committed sample folder {@code input/}, which the default run reads. */
public final class SampleInput {

    public static final Path FOLDER = Path.of("input");
    /** How many files it holds, each a distinct article. */
    public static final long FILES = countFiles();

    private SampleInput() {
    }

    private static long countFiles() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
