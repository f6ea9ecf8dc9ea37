package dev.mirsad.dating;

import java.time.LocalDate;
import java.util.Objects;

/** An article's publication date and where it was read. */
public record PublicationDate(LocalDate date, DateSource source) {

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
