package dev.mirsad.ingest.manifest;

import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class InputScannerTest {

    private static final long LIMIT = 1024 * 1024;
    /** Far longer than any metadata check, far shorter than reading a huge file or waiting on a FIFO. */
    private static final Duration NO_READ = Duration.ofSeconds(5);

    private final InputScanner scanner = new InputScanner(LIMIT, Duration.ofSeconds(10));

    @TempDir
    Path root;
    @TempDir
    Path outside;

    @Test
    void listsFilesRecursivelyInPathOrderWithSizeAndHash() throws IOException {
        Files.createDirectories(root.resolve("b/deeper"));
        Files.writeString(root.resolve("b/deeper/z.txt"), "abc", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("a.txt"), "بغداد", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("c.txt"), "", StandardCharsets.UTF_8);

        List<ScannedFile> files = scan();

        assertThat(files).extracting(this::relative).containsExactly("a.txt", "b/deeper/z.txt", "c.txt");
        assertThat(files.get(1).sizeBytes()).isEqualTo(3);
        assertThat(files.get(1).contentSha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(files.get(1).modifiedNanos()).isNotNull();
        assertThat(files.get(0).sizeBytes()).isEqualTo("بغداد".getBytes(StandardCharsets.UTF_8).length);
        assertThat(files).allSatisfy(f -> assertThat(f.problem()).isNull());
    }

    @Test
    void anArticlesSidecarIsPartOfItsArticleNotAFileOfItsOwn() throws IOException {
        Files.writeString(root.resolve("story.html"), "<p>نص</p>", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("story.html.json"), "{\"datePublished\": \"2015-07-21\"}", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("feed.json"), "{}", StandardCharsets.UTF_8);

        assertThat(scan()).extracting(this::relative).containsExactly("feed.json", "story.html");
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        Files.createDirectories(root.resolve("news"));
        Files.writeString(root.resolve("news/article.txt"), "text");
        Files.createSymbolicLink(root.resolve("news/loop"), root.resolve("news"));

        List<ScannedFile> files = scan();

        assertThat(files).filteredOn(f -> f.problem() == null).hasSize(1);
        assertThat(files).filteredOn(f -> f.problem() == RejectionReason.UNREADABLE)
                .singleElement().satisfies(f -> assertThat(f.problemMessage()).contains("loop"));
    }

    @Test
    void linksOutOfTheRootsAreRejectedWithoutBeingOpened() throws Exception {
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Files.createDirectories(outside.resolve("ssl/certs"));
        Files.writeString(outside.resolve("ssl/openssl.cnf"), "secret");
        Files.writeString(outside.resolve("ssl/certs/key.pem"), "secret");
        // Opening a FIFO blocks until a writer comes: a scan that opened it would never end.
        mkfifo(outside.resolve("pipe"));
        Files.createSymbolicLink(root.resolve("passwd.txt"), outside.resolve("passwd"));
        Files.createSymbolicLink(root.resolve("ssl"), outside.resolve("ssl"));
        Files.createSymbolicLink(root.resolve("pipe.txt"), outside.resolve("pipe"));
        Files.createSymbolicLink(root.resolve("zero.txt"), Path.of("/dev/zero"));

        List<ScannedFile> files = assertTimeoutPreemptively(NO_READ, this::scan);

        assertThat(outcomes(files)).isEqualTo(Map.of("passwd.txt", "OUTSIDE_INPUT", "ssl", "OUTSIDE_INPUT",
                "pipe.txt", "OUTSIDE_INPUT", "zero.txt", "OUTSIDE_INPUT"));
        assertThat(files).allSatisfy(f -> assertThat(f.contentSha256()).isNull());
        assertThat(files).allSatisfy(f -> assertThat(f.problemMessage()).doesNotContain(outside.toString()));
    }

    @Test
    void linksThatStayInsideTheRootsAreFollowed() throws IOException {
        Files.createDirectories(root.resolve("archive/2015"));
        Files.writeString(root.resolve("archive/2015/a.txt"), "text");
        Files.createSymbolicLink(root.resolve("latest"), root.resolve("archive/2015"));
        Files.createSymbolicLink(root.resolve("today.txt"), root.resolve("archive/2015/a.txt"));

        assertThat(outcomes(scan())).isEqualTo(Map.of("archive/2015/a.txt", "FOUND", "latest/a.txt", "FOUND",
                "today.txt", "FOUND"));
    }

    @Test
    void pipesAndSocketsAreRejectedWithoutBeingOpened() throws Exception {
        mkfifo(root.resolve("pipe.txt"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("socket.txt")));

            List<ScannedFile> files = assertTimeoutPreemptively(NO_READ, this::scan);

            assertThat(outcomes(files)).isEqualTo(Map.of("pipe.txt", "NOT_A_FILE", "socket.txt", "NOT_A_FILE"));
        }
    }

    @Test
    void aSparseFileFarOverTheLimitIsRejectedFromItsSizeWithoutBeingRead() throws Exception {
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("sparse.txt").toFile(), "rw")) {
            sparse.setLength(16L * 1024 * 1024 * 1024);
        }

        List<ScannedFile> files = assertTimeoutPreemptively(NO_READ, this::scan);

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(RejectionReason.TOO_LARGE);
            assertThat(f.contentSha256()).isNull();
            assertThat(f.problemMessage()).contains("17179869184 bytes");
        });
    }

    @Test
    void anInputFolderThatIsALinkIsWalkedAsItsTarget() throws IOException {
        Files.writeString(outside.resolve("a.txt"), "text");
        Path link = Files.createSymbolicLink(root.resolve("inputs"), outside);

        List<ScannedFile> files = scanner.scan(InputRoots.of(InputFolders.of(List.of(link))));

        assertThat(files).singleElement().satisfies(f -> assertThat(f.problem()).isNull());
    }

    @Test
    void aMissingInputFolderIsAnError() {
        assertThatThrownBy(() -> InputRoots.of(InputFolders.of(List.of(root.resolve("absent")))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("absent");
    }

    private List<ScannedFile> scan() throws IOException {
        return scanner.scan(InputRoots.of(InputFolders.of(List.of(root))));
    }

    private Map<String, String> outcomes(List<ScannedFile> files) {
        Map<String, String> outcomes = new TreeMap<>();
        files.forEach(f -> outcomes.put(relative(f), f.problem() == null ? "FOUND" : f.problem().name()));
        return outcomes;
    }

    private String relative(ScannedFile file) {
        String relative = root.toUri().relativize(URI.create(file.sourceUri())).toString();
        return relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
    }

    static void mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
    }
}
