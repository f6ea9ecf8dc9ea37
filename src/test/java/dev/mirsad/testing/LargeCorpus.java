package dev.mirsad.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A night of many distinct articles built from {@code input/}: each seed article under a numbered
 * headline, the seeds in every other format, and optionally one oversized file, whose hashing makes
 * the scan step last long enough to be interrupted.
 */
public final class LargeCorpus {

    private LargeCorpus() {
    }

    /** @return how many files were written */
    public static int writeTo(Path folder, int articles, long oversizedBytes) throws IOException {
        Path texts = Files.createDirectories(folder.resolve("texts"));
        List<String> seeds = seeds();
        for (int i = 0; i < articles; i++) {
            String text = "نشرة رقم " + (i + 1) + " من مرصد الأخبار\n" + seeds.get(i % seeds.size());
            Files.writeString(texts.resolve(String.format("article-%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Path formats = Files.createDirectories(folder.resolve("formats"));
        int files = articles;
        try (Stream<Path> samples = Files.list(Path.of("input", "formats"))) {
            for (Path sample : samples.sorted().toList()) {
                Files.copy(sample, formats.resolve(sample.getFileName().toString()));
                files++;
            }
        }
        if (oversizedBytes > 0) {
            writeOversized(folder.resolve("archive-dump.txt"), oversizedBytes);
            files++;
        }
        return files;
    }

    static void writeOversized(Path file, long bytes) throws IOException {
        byte[] line = "سطر من أرشيف كبير لا ينتهي\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = line[i % line.length];
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
    }

    private static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("input", "seeds"))) {
            return files.sorted().map(LargeCorpus::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
