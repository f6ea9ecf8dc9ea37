package dev.mirsad.parse;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A regular file inside the input folders, as {@link InputRoots#admit} found it.
 *
 * @param realPath the path with every link resolved: the one to open
 * @param sizeBytes the size from the file's metadata
 * @param modified the modification time from the file's metadata (compared, never used as a date)
 */
public record SourceFile(Path realPath, long sizeBytes, FileTime modified) {
}
