package dev.mirsad.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies or moves the files of a folder tree to another folder, keeping their relative paths. */
public final class FolderTrees {

    private FolderTrees() {
    }

    private interface FileOperation {
        void apply(Path from, Path to) throws IOException;
    }

    public static void copy(Path source, Path target) throws IOException {
        each(source, target, (from, to) -> Files.copy(from, to));
    }

    /** As an archive moved to a new root: the same files, the same content, other paths. */
    public static void move(Path source, Path target) throws IOException {
        each(source, target, (from, to) -> Files.move(from, to));
    }

    private static void each(Path source, Path target, FileOperation operation) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                operation.apply(file, destination);
            }
        }
    }
}
