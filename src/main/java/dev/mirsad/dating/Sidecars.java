package dev.mirsad.dating;

import dev.mirsad.parse.DocumentRejectedException;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.LenientDates;
import dev.mirsad.parse.SourceFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sidecar files: a JSON object beside an article, named after the article's file with {@code .json} added
 * ({@code story.html.json} for {@code story.html}), as crawlers and archive exports write them. Its first key
 * of {@link #DATE_KEYS} that holds a date is the article's date. A sidecar is read through the input
 * folders' boundary like any file, and the scan does not take it for an article. Names are joined as
 * URIs, which keep a path's bytes: under the C locale a name Java cannot decode is still found.
 */
public final class Sidecars {

    static final String SUFFIX = ".json";
    /** Most specific first, as in HTML metadata. */
    static final List<String> DATE_KEYS = List.of("datePublished", "date_published", "published_on", "publishedOn",
            "published", "date");
    /** A sidecar holds a few fields; anything larger is not one. */
    private static final long MAX_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.shared();

    private Sidecars() {
    }

    /** Whether the file is the sidecar of an article beside it, and so no article itself. */
    public static boolean isSidecar(Path file) {
        String uri = file.toUri().toString();
        return uri.endsWith(SUFFIX) && !uri.endsWith("/" + SUFFIX)
                && Files.isRegularFile(Path.of(URI.create(uri.substring(0, uri.length() - SUFFIX.length()))));
    }

    /** The date in the article's sidecar; empty where there is none, or it holds no date, or is no JSON object. */
    public static Optional<LocalDate> dateOf(Path article, InputRoots roots) {
        Path sidecar = Path.of(URI.create(article.toUri() + SUFFIX));
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            SourceFile file = roots.admit(sidecar, MAX_BYTES);
            JsonNode json;
            try (InputStream in = Files.newInputStream(file.realPath(), LinkOption.NOFOLLOW_LINKS)) {
                json = JSON.readTree(in.readNBytes((int) MAX_BYTES));
            }
            for (String key : DATE_KEYS) {
                Optional<LocalDate> date = json.path(key).asStringOpt().flatMap(LenientDates::parse);
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        } catch (DocumentRejectedException | IOException | JacksonException unreadable) {
            // A sidecar that cannot be read or is not JSON dates nothing; the article itself is still taken.
            return Optional.empty();
        }
    }
}
