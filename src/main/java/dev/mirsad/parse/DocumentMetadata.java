package dev.mirsad.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Title and publication date from the document's own metadata as Tika reports it. Never from the
 * file system: a file's modification time says when it was copied, not when the article appeared.
 */
final class DocumentMetadata {

    private static final List<String> TITLE_KEYS = List.of(TikaCoreProperties.TITLE.getName(), "og:title");

    // Most specific first: an explicit publication time beats a generic "date" or a creation time.
    private static final List<String> PUBLICATION_DATE_KEYS = List.of(
            "article:published_time",
            "DC.date.issued",
            "dcterms.issued",
            "pubdate",
            "dc.date",
            "date",
            TikaCoreProperties.CREATED.getName());

    private DocumentMetadata() {
    }

    static String title(Metadata metadata) {
        return firstValue(metadata, TITLE_KEYS).orElse(null);
    }

    static LocalDate publishedOn(Metadata metadata) {
        for (String key : PUBLICATION_DATE_KEYS) {
            Optional<LocalDate> date = valueIgnoringCase(metadata, key).flatMap(LenientDates::parse);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static Optional<String> firstValue(Metadata metadata, List<String> keys) {
        return keys.stream().map(key -> valueIgnoringCase(metadata, key)).flatMap(Optional::stream).findFirst();
    }

    // HTML meta names come in any case (DC.date, dc.date, PubDate); Tika keeps them as written.
    private static Optional<String> valueIgnoringCase(Metadata metadata, String key) {
        for (String name : metadata.names()) {
            if (name.equalsIgnoreCase(key)) {
                String value = metadata.get(name);
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }
}
