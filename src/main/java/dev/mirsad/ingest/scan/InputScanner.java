package dev.mirsad.ingest.scan;

import dev.mirsad.parse.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the files under the input folders recursively, in a stable order (by absolute path), with
 * their size and SHA-256. Plain Java: the scan step stores what it returns.
 */
public final class InputScanner {

    private static final int MAX_DEPTH = 64;

    public List<ScannedFile> scan(List<Path> roots) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toAbsolutePath().toString(), null,
                        "input folder does not exist or is not a folder");
            }
            Files.walkFileTree(root.toAbsolutePath().normalize(), EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    MAX_DEPTH, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.put(file.toUri().toString(), file);
                            } else if (attrs.isSymbolicLink()) {
                                // Following links, a link is only reported as one when its target is missing.
                                failures.put(file.toUri().toString(), "broken symbolic link: its target does not exist");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            failures.put(file.toUri().toString(), describe(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        // Hashing is most of a scan over unchanged files; every core takes part.
        List<ScannedFile> scanned = new ArrayList<>(files.entrySet().parallelStream()
                .map(file -> hash(file.getKey(), file.getValue())).toList());
        failures.forEach((uri, message) -> scanned.add(ScannedFile.unreadable(uri, 0, message)));
        scanned.sort(Comparator.comparing(ScannedFile::sourceUri));
        return scanned;
    }

    private static ScannedFile hash(String uri, Path file) {
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
            }
            return ScannedFile.readable(uri, size, Sha256.hex(digest.digest()));
        } catch (IOException e) {
            return ScannedFile.unreadable(uri, size, describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: the folder links back to one of its parents";
        }
        return "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); check that it exists and that the job's user may read it";
    }
}
