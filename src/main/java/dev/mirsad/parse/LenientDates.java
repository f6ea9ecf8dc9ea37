package dev.mirsad.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the many ways publishers write a date in metadata: ISO dates and
 * timestamps with or without an offset, 2023/02/26, 26/02/2023, 20230226, and RFC 1123 (HTTP) dates.
 * The date is taken as written, without converting time zones: the publisher's own calendar day.
 */
public final class LenientDates {

    private static final Pattern YEAR_FIRST =
            Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    // Day first, as Arabic and European outlets write it; a US month-first date is not guessed at.
    private static final Pattern DAY_FIRST =
            Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:$|\\s.*)");
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    private LenientDates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        Optional<LocalDate> date = match(YEAR_FIRST, value, 1, 2, 3)
                .or(() -> match(COMPACT, value, 1, 2, 3))
                .or(() -> match(DAY_FIRST, value, 3, 2, 1))
                .or(() -> rfc1123(value));
        return date.filter(d -> d.getYear() >= EARLIEST_YEAR && d.getYear() <= LATEST_YEAR);
    }

    private static Optional<LocalDate> match(Pattern pattern, String value, int year, int month, int day) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(year)),
                    Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day))));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> rfc1123(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }
}
