package dev.mirsad.dating;

import dev.mirsad.extract.MonthNames;
import dev.mirsad.extract.calendar.MonthNameDates;
import dev.mirsad.extract.arabic.ArabicFold;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The date of a dateline at the head of an article: a place, a separator, then the date, at the start of
 * one of the first lines (the headline may come first). The Arabic form ({@code بغداد - 24 شباط 2022},
 * {@code بغداد – الخميس 24 شباط (فبراير) 2022}), the English agency form
 * ({@code BAGHDAD, Feb 24 (Reuters) -}, {@code WASHINGTON, March 3, 2022 (AP) —}) and the Russian one
 * ({@code МОСКВА, 24 фев — РИА Новости}). In any other language, a place, a comma and a date written
 * with the language's month names ({@link MonthNameDates}), then a separator: {@code AMMAN, 14 March 2023 -},
 * {@code МОСКВА, 5 октября 2022 года.}, {@code تهران، 14 اسفند 1401 -} (a Solar Hijri date). A dateline
 * without a date ({@code الرياض - واس:}) dates nothing, and a date in a sentence is not a dateline: a
 * separator must stand between the place and the date, and another after the date.
 */
public final class Datelines {

    /** How many non-blank lines from the top may hold the dateline: a headline, a by-line, the first paragraph. */
    private static final int HEAD_LINES = 3;
    private static final char TATWEEL = 'ـ';
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    private static final Pattern ARABIC = Pattern.compile("^\\(?\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2}\\)?\\s*"
            + "[-–—:،,]\\s*(?:\\p{IsArabic}+\\s+)?(\\p{Nd}{1,2})\\s+(" + alternation(MonthNames.gregorianNames())
            + ")(?:\\s*[(/]\\s*(?:" + alternation(MonthNames.gregorianNames()) + ")\\s*\\)?)?\\s*(\\p{Nd}{4})?(?!\\p{Nd})");
    private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ENGLISH = Pattern.compile("^[A-Z][A-Z.' -]{1,40}(?:,\\s*[A-Z][A-Za-z.' ]{1,30})?,\\s+"
            + "(?:[A-Z][a-z]+day,?\\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+"
            + "([0-9]{1,2})(?:,?\\s+([0-9]{4}))?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—/:]");
    private static final Map<String, Integer> RUSSIAN_MONTHS = Map.ofEntries(Map.entry("янв", 1), Map.entry("фев", 2),
            Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("мая", 5), Map.entry("май", 5), Map.entry("июн", 6),
            Map.entry("июл", 7), Map.entry("авг", 8), Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11),
            Map.entry("дек", 12));
    private static final Pattern RUSSIAN = Pattern.compile("^[А-ЯЁ][А-ЯЁ -]{1,40},\\s+([0-9]{1,2})\\s+"
            + "(янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\\.?(?:\\s+([0-9]{4})(?:\\s*г(?:ода|\\.)?)?)?\\s*[-–—]");

    /** One to four capitalized words, or one to three in Arabic script, then a comma. */
    private static final Pattern PLACE_AND_COMMA = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2})\\s*[,،]\\s+");
    /** After the date: a short word (года, г.), an agency in brackets, then a dash, colon or full stop. */
    private static final Pattern AFTER_DATE = Pattern.compile("^\\s*(?:\\p{L}{1,5}\\.?)?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:.]");
    private static final Pattern FULL_DATE = Pattern.compile("(XXXX|\\d{4})-(\\d{2})-(\\d{2})");
    private static final String ARABIC_LANGUAGE = "ar";

    /** A dateline's day, and its year where it writes one. */
    public record DatelineDate(MonthDay day, Integer year) {

        /** The full date, with the year given where the dateline has none; empty if neither has one. */
        public Optional<LocalDate> in(Integer otherYear) {
            Integer y = year != null ? year : otherYear;
            if (y == null || !day.isValidYear(y)) {
                return Optional.empty();
            }
            return Optional.of(day.atYear(y));
        }
    }

    private Datelines() {
    }

    /**
     * The date of the text's dateline, if its head has one.
     *
     * @param language the text's language (ISO 639), or null: the forms above are read whatever it is
     */
    public static Optional<DatelineDate> of(String text, String language) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(HEAD_LINES).toList();
        Optional<MonthNameDates> months = language == null || language.equals(ARABIC_LANGUAGE) ? Optional.empty()
                : MonthNameDates.forLanguage(language);
        for (String line : lines) {
            Optional<DatelineDate> date = read(ARABIC.matcher(folded(line)), 1, 2, MonthNames::gregorianMonth)
                    .or(() -> read(ENGLISH.matcher(line), 2, 1, month -> ENGLISH_MONTHS.get(
                            month.substring(0, 3).toLowerCase(Locale.ROOT))))
                    .or(() -> read(RUSSIAN.matcher(line), 1, 2, RUSSIAN_MONTHS::get))
                    .or(() -> months.flatMap(dates -> withMonthName(line, dates)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A place, a comma, a day with its month (and maybe its year), a separator. */
    private static Optional<DatelineDate> withMonthName(String line, MonthNameDates dates) {
        Matcher place = PLACE_AND_COMMA.matcher(line);
        if (!place.find()) {
            return Optional.empty();
        }
        return dates.find(line, null).stream()
                .filter(date -> date.start() == place.end())
                .filter(date -> AFTER_DATE.matcher(line.substring(date.end())).find())
                .map(date -> FULL_DATE.matcher(date.value()))
                .filter(Matcher::matches)
                .findFirst()
                .flatMap(day -> date(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                        day.group(1).equals("XXXX") ? null : day.group(1)));
    }

    /** Group 3 of each pattern is the year. */
    private static Optional<DatelineDate> read(Matcher m, int dayGroup, int monthGroup, Function<String, Integer> months) {
        return m.find() ? date(number(m.group(dayGroup)), months.apply(m.group(monthGroup)), m.group(3)) : Optional.empty();
    }

    private static Optional<DatelineDate> date(int day, Integer month, String year) {
        try {
            Integer y = year == null ? null : number(year);
            if (month == null || y != null && (y < EARLIEST_YEAR || y > LATEST_YEAR)) {
                return Optional.empty();
            }
            MonthDay monthDay = MonthDay.of(month, day);
            return y != null && !monthDay.isValidYear(y) ? Optional.empty() : Optional.of(new DatelineDate(monthDay, y));
        } catch (DateTimeException notACalendarDay) {
            return Optional.empty();
        }
    }

    /**
     * Arabic spelling folded as month names are ({@link ArabicFold#foldChar}), punctuation kept: it separates.
     * A tatweel standing apart from letters is a dash ({@code دمشق ـ 3 آذار}), not a stretched letter.
     */
    private static String folded(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            boolean apart = i == 0 || i == line.length() - 1 || Character.isWhitespace(line.charAt(i - 1))
                    || Character.isWhitespace(line.charAt(i + 1));
            char c = line.charAt(i) == TATWEEL && apart ? '-' : ArabicFold.foldChar(line.charAt(i));
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Digits of any script (٢٤ as 24). */
    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    private static String alternation(Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
