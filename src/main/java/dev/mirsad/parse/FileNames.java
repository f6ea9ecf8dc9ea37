package dev.mirsad.parse;

import java.net.URI;
import java.nio.file.Path;

/**
 * File names as text, the same under any locale. Java turns a path's bytes into a String with the
 * locale's encoding, so under cron's C locale an Arabic name becomes question marks; a path's URI
 * keeps its bytes percent-encoded, and {@link URI#getPath()} decodes them as UTF-8.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The last element of the path, decoded as UTF-8 (invalid bytes become U+FFFD). */
    public static String of(Path path) {
        return ofUri(path.toUri());
    }

    /** The last element of a {@code file:} URI's path, decoded as UTF-8. */
    public static String ofUri(URI uri) {
        String path = uri.getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
