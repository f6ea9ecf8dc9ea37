package dev.mirsad.dating;

import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.InputRoots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files in a real folder: a sidecar is found beside its article, and read only inside the input folders. */
class SidecarsTest {

    @TempDir
    Path input;
    @TempDir
    Path elsewhere;

    @Test
    void theSidecarsFirstDateKeyDatesItsArticle() throws Exception {
        Path article = Files.writeString(input.resolve("story.html"), "<p>نص</p>");
        Files.writeString(input.resolve("story.html.json"),
                "{\"title\": \"x\", \"date\": \"2019-01-01\", \"datePublished\": \"2015-07-21T08:30:00+03:00\"}");
        assertThat(Sidecars.dateOf(article, roots())).contains(LocalDate.of(2015, 7, 21));
        assertThat(Sidecars.isSidecar(input.resolve("story.html.json"))).isTrue();
        assertThat(Sidecars.isSidecar(article)).isFalse();
    }

    @Test
    void aJsonFileWithoutItsArticleIsNoSidecar() throws Exception {
        Path json = Files.writeString(input.resolve("feed.json"), "{\"date\": \"2015-07-21\"}");
        assertThat(Sidecars.isSidecar(json)).isFalse();
    }

    @Test
    void aSidecarThatIsNoJsonOrHoldsNoDateDatesNothing() throws Exception {
        Path article = Files.writeString(input.resolve("a.txt"), "نص");
        Files.writeString(input.resolve("a.txt.json"), "not json {");
        Path other = Files.writeString(input.resolve("b.txt"), "نص");
        Files.writeString(input.resolve("b.txt.json"), "{\"date\": \"yesterday\", \"published\": 42}");
        assertThat(Sidecars.dateOf(article, roots())).isEmpty();
        assertThat(Sidecars.dateOf(other, roots())).isEmpty();
        assertThat(Sidecars.dateOf(input.resolve("none.txt"), roots())).isEmpty();
    }

    @Test
    void aSidecarLinkingOutsideTheInputFoldersIsNotOpened() throws Exception {
        Path article = Files.writeString(input.resolve("story.txt"), "نص");
        Path outside = Files.writeString(elsewhere.resolve("secret.json"), "{\"date\": \"2015-07-21\"}");
        Files.createSymbolicLink(input.resolve("story.txt.json"), outside);
        assertThat(Sidecars.dateOf(article, roots())).isEmpty();
    }

    private InputRoots roots() throws Exception {
        return InputRoots.of(InputFolders.of(List.of(input)));
    }
}
