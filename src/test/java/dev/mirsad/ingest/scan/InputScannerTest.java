package dev.mirsad.ingest.scan;

import dev.mirsad.parse.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputScannerTest {

    private final InputScanner scanner = new InputScanner();

    @Test
    void listsFilesRecursivelyInPathOrderWithSizeAndHash(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("b/deeper"));
        Files.writeString(root.resolve("b/deeper/z.txt"), "abc", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("a.txt"), "بغداد", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("c.txt"), "", StandardCharsets.UTF_8);

        List<ScannedFile> files = scanner.scan(List.of(root));

        assertThat(files).extracting(f -> root.toUri().relativize(java.net.URI.create(f.sourceUri())).toString())
                .containsExactly("a.txt", "b/deeper/z.txt", "c.txt");
        assertThat(files.get(1).sizeBytes()).isEqualTo(3);
        assertThat(files.get(1).contentSha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(files.get(0).sizeBytes()).isEqualTo("بغداد".getBytes(StandardCharsets.UTF_8).length);
        assertThat(files).allSatisfy(f -> assertThat(f.problem()).isNull());
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("news"));
        Files.writeString(root.resolve("news/article.txt"), "text");
        Files.createSymbolicLink(root.resolve("news/loop"), root.resolve("news"));

        List<ScannedFile> files = scanner.scan(List.of(root));

        assertThat(files).filteredOn(f -> f.problem() == null).hasSize(1);
        assertThat(files).filteredOn(f -> f.problem() == RejectionReason.UNREADABLE)
                .singleElement().satisfies(f -> assertThat(f.problemMessage()).contains("loop"));
    }

    @Test
    void aMissingInputFolderIsAnError(@TempDir Path root) {
        assertThatThrownBy(() -> scanner.scan(List.of(root.resolve("absent"))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("absent");
    }
}
