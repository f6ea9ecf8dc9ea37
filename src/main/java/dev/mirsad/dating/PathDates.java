package dev.mirsad.dating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in a file's path under its input folder: in the file name ({@code snn_20150721_aawsat_00015.txt},
 * {@code 2015-07-21-talks.html}), else in folders ({@code 2015/07/21/}), else in a folder's name
 * ({@code 2015-07-21/}), the deepest first. Folders above the input folder are the operator's layout, not
 * the archive's, and are not read. A number only counts as a whole: {@code 120150721} holds no date.
 */
public final class PathDates {

    // Year, month and day with the same separator, or none, between them.
    private static final Pattern IN_A_NAME = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])(?![0-9])");
    private static final Pattern AS_FOLDERS = Pattern.compile(
            "(?:^|/)((?:19|20)[0-9]{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])(?=/)");

    private PathDates() {
    }

    /** @param underRoot the path relative to its input folder, elements separated by {@code /} */
    public static Optional<LocalDate> of(String underRoot) {
        int lastSlash = underRoot.lastIndexOf('/');
        Optional<LocalDate> inFileName = lastIn(IN_A_NAME.matcher(underRoot.substring(lastSlash + 1)), 1, 3, 4);
        if (inFileName.isPresent() || lastSlash < 0) {
            return inFileName;
        }
        String folders = underRoot.substring(0, lastSlash + 1);
        return lastIn(AS_FOLDERS.matcher(folders), 1, 2, 3).or(() -> lastIn(IN_A_NAME.matcher(folders), 1, 3, 4));
    }

    private static Optional<LocalDate> lastIn(Matcher m, int year, int month, int day) {
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            try {
                last = Optional.of(LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                        Integer.parseInt(m.group(day))));
            } catch (DateTimeException notACalendarDay) {
                // 20150231 is a number, not a date: the path may still hold another.
            }
        }
        return last;
    }
}
