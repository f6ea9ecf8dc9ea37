package dev.mirsad.ingest.manifest;

import dev.mirsad.dating.Sidecars;
import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.parse.Sha256;
import dev.mirsad.parse.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists every entry under the input folders recursively, in a stable order (by URI), each either
 * with its size, modification time and SHA-256, or with the reason it will not be read. Every entry
 * met is listed, so scanned = ingested + unchanged + rejected holds, but for an article's sidecar
 * ({@link Sidecars}), which is part of the article beside it. Links are followed only as far
 * as the roots reach ({@link InputRoots}); folders and files outside them, FIFOs, sockets, devices
 * and files over the size limit are rejected from their metadata, without being opened.
 */
public final class InputScanner {

    private static final int MAX_DEPTH = 64;

    private static final Logger log = LoggerFactory.getLogger(InputScanner.class);

    private final long maxFileBytes;
    private final Duration progressInterval;

    /**
     * @param maxFileBytes     larger files are rejected as TOO_LARGE without being read
     * @param progressInterval the least time between two progress lines while files are hashed
     */
    public InputScanner(long maxFileBytes, Duration progressInterval) {
        this.maxFileBytes = maxFileBytes;
        this.progressInterval = progressInterval;
    }

    public List<ScannedFile> scan(InputRoots roots) throws IOException {
        Map<String, SourceFile> files = new TreeMap<>();
        Map<String, ScannedFile> rejected = new TreeMap<>();
        for (Path root : roots.folders()) {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (roots.contains(dir.toRealPath())) {
                        return FileVisitResult.CONTINUE;
                    }
                    reject(dir, RejectionReason.OUTSIDE_INPUT,
                            "a symbolic link to a folder outside the input folders; it was not opened");
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Sidecars.isSidecar(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        files.put(file.toUri().toString(), roots.admit(file, maxFileBytes));
                    } catch (DocumentRejectedException e) {
                        rejected.put(file.toUri().toString(), ScannedFile.rejected(file.toUri().toString(),
                                e.reason(), e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    reject(file, RejectionReason.UNREADABLE, describe(e));
                    return FileVisitResult.CONTINUE;
                }

                private void reject(Path path, RejectionReason reason, String message) {
                    String uri = path.toUri().toString();
                    rejected.put(uri, ScannedFile.rejected(uri, reason, message));
                }
            });
        }
        // Hashing is most of a scan over unchanged files; every core takes part.
        ScanProgress progress = new ScanProgress(log::info, System::nanoTime, progressInterval);
        progress.listed(files.size(), files.values().stream().mapToLong(SourceFile::sizeBytes).sum());
        List<ScannedFile> scanned = new ArrayList<>(files.entrySet().parallelStream()
                .map(file -> {
                    ScannedFile hashed = hash(file.getKey(), file.getValue());
                    progress.hashed(file.getValue().sizeBytes());
                    return hashed;
                }).toList());
        scanned.addAll(rejected.values());
        scanned.sort(Comparator.comparing(ScannedFile::sourceUri));
        return scanned;
    }

    /**
     * Reads the real path, refusing a link in its last component (the file cannot have been swapped
     * for a link since it was admitted), and never past the size limit (nor a file that grew since).
     */
    private ScannedFile hash(String uri, SourceFile file) {
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file.realPath(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
                if (size > maxFileBytes) {
                    return ScannedFile.rejected(uri, RejectionReason.TOO_LARGE, "the file grew past the limit of "
                            + maxFileBytes + " bytes while it was read");
                }
            }
            return ScannedFile.readable(uri, size, file.modified(), Sha256.hex(digest.digest()));
        } catch (IOException e) {
            return ScannedFile.rejected(uri, RejectionReason.UNREADABLE, describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: the folder links back to one of its parents";
        }
        return "cannot read the file (" + e.getClass().getSimpleName() + "); check that it exists and that the"
                + " job's user may read it";
    }
}
