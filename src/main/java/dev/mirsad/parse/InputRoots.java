package dev.mirsad.parse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input folders of a night, and the boundary no file may cross: a path is opened only when its
 * real path (every symbolic link resolved) lies under a root's real path and names a regular file
 * no larger than the size limit. Links that stay inside the roots are followed like any path.
 *
 * <p>{@link #admit} is the only way the job reaches a file's bytes: it returns the real path, which
 * holds no link at the moment of the check, so the caller opens that rather than the path it was
 * given, and opens it without following a link in its last component.
 */
public final class InputRoots {

    private final List<Path> folders;
    private final List<Path> realFolders;

    private InputRoots(List<Path> folders, List<Path> realFolders) {
        this.folders = List.copyOf(folders);
        this.realFolders = List.copyOf(realFolders);
    }

    /** @throws NoSuchFileException if a folder does not exist (any more) or is not a folder */
    public static InputRoots of(InputFolders inputs) throws IOException {
        List<Path> absolute = new ArrayList<>();
        List<Path> real = new ArrayList<>();
        for (Path path : inputs.folders()) {
            if (!Files.isDirectory(path)) {
                throw new NoSuchFileException(path.toString(), null, "input folder does not exist or is not a folder");
            }
            absolute.add(path);
            real.add(path.toRealPath());
        }
        return new InputRoots(absolute, real);
    }

    /** The folders as configured (absolute, normalized): what the scan walks and what paths are shown under. */
    public List<Path> folders() {
        return folders;
    }

    /**
     * The path of a file found under a root, relative to that root, with {@code /} between its elements,
     * decoded as UTF-8 whatever the locale ({@link FileNames}); empty for a path under no root.
     */
    public Optional<String> underRoot(Path path) {
        for (Path root : folders) {
            if (path.startsWith(root)) {
                return Optional.of(root.toUri().relativize(path.toUri()).getPath());
            }
        }
        return Optional.empty();
    }

    /** Whether a real path (no links left in it) lies under one of the roots. */
    public boolean contains(Path realPath) {
        for (Path root : realFolders) {
            if (realPath.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks, without opening it, that a path found under the roots may be read.
     *
     * @param maxBytes larger files are rejected as TOO_LARGE from their metadata alone
     * @throws DocumentRejectedException OUTSIDE_INPUT, NOT_A_FILE, TOO_LARGE or UNREADABLE
     */
    public SourceFile admit(Path path, long maxBytes) throws DocumentRejectedException {
        String name = FileNames.of(path);
        Path real;
        BasicFileAttributes attributes;
        try {
            real = path.toRealPath();
            if (!contains(real)) {
                // The target is not named: it is a path outside the inputs, which is none of the output's business.
                throw new DocumentRejectedException(RejectionReason.OUTSIDE_INPUT, name
                        + ": a symbolic link that leads outside the input folders; it was not opened");
            }
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE, name
                    + ": the file does not exist (a broken symbolic link, or it was removed)", e);
        } catch (FileSystemLoopException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE, name
                    + ": symbolic link loop: the link leads back to itself", e);
        } catch (FileSystemException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE, name + ": cannot resolve the path ("
                    + e.getReason() + "); check the links and permissions on the way to it", e);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE, name + ": cannot resolve the path ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (!attributes.isRegularFile()) {
            throw new DocumentRejectedException(RejectionReason.NOT_A_FILE, name + ": not a regular file ("
                    + (attributes.isDirectory() ? "a folder" : "a pipe, socket or device") + "); it was not opened");
        }
        if (attributes.size() > maxBytes) {
            throw new DocumentRejectedException(RejectionReason.TOO_LARGE, name + ": " + attributes.size()
                    + " bytes exceeds the limit of " + maxBytes + " bytes; it was not read");
        }
        return new SourceFile(real, attributes.size(), attributes.lastModifiedTime());
    }
}
