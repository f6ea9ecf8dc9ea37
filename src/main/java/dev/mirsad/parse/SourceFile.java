package dev.mirsad.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A regular file inside the input folders, as {@link InputRoots#admit} found it.
 *
 * @param realPath the path with every link resolved: the one to open
 * @param sizeBytes the size from the file's metadata
 * @param modified the modification time from the file's metadata (compared, never used as a date)
 */
public record SourceFile(Path realPath, long sizeBytes, FileTime modified) {

    /**
     * The same file's size and modification time now, read from the real path already admitted (the
     * boundary needs no second check to tell whether the file changed while it was parsed).
     *
     * @throws DocumentRejectedException UNREADABLE if the file is gone
     */
    public SourceFile statAgain() throws DocumentRejectedException {
        try {
            BasicFileAttributes now = Files.readAttributes(realPath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new SourceFile(realPath, now.size(), now.lastModifiedTime());
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionReason.UNREADABLE, FileNames.of(realPath)
                    + ": the file disappeared or became unreadable while it was parsed; if it comes back, the next"
                    + " night takes it", e);
        }
    }
}
