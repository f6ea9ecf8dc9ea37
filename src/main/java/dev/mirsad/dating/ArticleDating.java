package dev.mirsad.dating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tells an article's publication date from the sources configured, in their order; the first that has
 * one wins. Never from a file's modification time, which says when the file was copied. A dateline
 * without a year takes the year of the path's date, when the path is a source and has one.
 */
public final class ArticleDating {

    /** Every source, in the order that trusts the publisher's own word most. */
    public static final List<DateSource> ALL = List.of(DateSource.METADATA, DateSource.DATELINE, DateSource.PATH,
            DateSource.SIDECAR);

    private final List<DateSource> sources;

    /** @throws IllegalArgumentException if a source is named twice */
    public ArticleDating(List<DateSource> sources) {
        if (Set.copyOf(sources).size() != sources.size()) {
            throw new IllegalArgumentException("Each publication date source may be named once; got " + sources);
        }
        this.sources = List.copyOf(sources);
    }

    /** Only the document's own metadata: the convention of the annotated gold (GUIDELINES.md). */
    public static ArticleDating metadataOnly() {
        return new ArticleDating(List.of(DateSource.METADATA));
    }

    /** What the configuration says, for the pipeline's version: another setting dates articles differently. */
    public String describe() {
        return sources.isEmpty() ? "none" : sources.stream().map(DateSource::code).collect(Collectors.joining("+"));
    }

    /**
     * @param fromMetadata the date in the document's metadata, or null
     * @param cleanedText  the article's text, whose head may hold a dateline
     * @param language     the text's language (ISO 639), which says how a dateline writes its month
     * @param underRoot    the file's path under its input folder ({@link PathDates}), or null
     * @param fromSidecar  reads the sidecar, only if it is the source asked
     */
    public Optional<PublicationDate> date(LocalDate fromMetadata, String cleanedText, String language,
                                          String underRoot, Supplier<Optional<LocalDate>> fromSidecar) {
        Optional<LocalDate> fromPath = underRoot == null || !sources.contains(DateSource.PATH) ? Optional.empty()
                : PathDates.of(underRoot);
        for (DateSource source : sources) {
            Optional<LocalDate> date = switch (source) {
                case METADATA -> Optional.ofNullable(fromMetadata);
                case DATELINE -> Datelines.of(cleanedText, language)
                        .flatMap(dateline -> dateline.in(fromPath.map(LocalDate::getYear).orElse(null)));
                case PATH -> fromPath;
                case SIDECAR -> fromSidecar.get();
            };
            if (date.isPresent()) {
                return Optional.of(new PublicationDate(date.get(), source));
            }
        }
        return Optional.empty();
    }
}
