package dev.mirsad.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A night's input folders, made absolute and normalized once where they enter (the command line,
 * the settings) and passed on as this value, into the job's parameters and back. It touches no file:
 * {@link InputRoots#of(InputFolders)} resolves the boundary when a night reads the folders.
 */
public record InputFolders(List<Path> folders) {

    private static final String SEPARATOR = "\n";

    public InputFolders {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("no input folder given");
        }
        folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public static InputFolders of(List<Path> folders) {
        return new InputFolders(folders);
    }

    /** The form stored with a night: the folders one a line (a path holds no newline here). */
    public static InputFolders parse(String stored) {
        return new InputFolders(Arrays.stream(stored.split(SEPARATOR)).map(Path::of).toList());
    }

    /** @throws IllegalArgumentException naming the first folder that does not exist, and how to give another */
    public InputFolders requireExisting(String option) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("Input folder " + folder
                        + " does not exist or is not a folder; give an existing one with " + option + " DIR");
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return folders.stream().map(Path::toString).collect(Collectors.joining(SEPARATOR));
    }
}
