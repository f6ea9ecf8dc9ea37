package dev.mirsad.extract.calendar;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.facts.TimeExpression;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates written with month names in a language other than Arabic, which has its own finder: "14 March
 * 2023", "March 14, 2023", "March 2023", "5 октября 2022", "3. März 2022", and the words for yesterday, today and
 * tomorrow when the article's date is known. Persian also reads Solar Hijri dates ("14 اسفند 1401"),
 * converted with ICU's {@link PersianCalendar}. Digits are ASCII in cleaned text.
 *
 * <p>Month names and the relative words come from ICU's CLDR data for the language, in every form it
 * lists (format and stand-alone, wide and abbreviated), so a language needs no word list here. A month
 * name counts only next to a day or a year: "May" alone is a verb as often as a month. Deterministic
 * and thread-safe.
 */
public final class MonthNameDates {

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\d])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\d])";
    private static final String GREGORIAN_YEAR = "((?:19|20)\\d{2})";
    private static final String SOLAR_YEAR = "(1[34]\\d{2})";
    private static final String DAY = "(\\d{1,2})";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** How far before and after a month name a date can reach: "31. ", and " 31, 2023". */
    private static final int WINDOW_BEFORE = 8;
    private static final int WINDOW_AFTER = 16;

    private static final Map<String, Optional<MonthNameDates>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Integer> gregorianMonths;
    private final Map<String, Integer> solarMonths;
    private final Map<String, Integer> relativeDays;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final Pattern solarDate;
    private final Pattern relative;
    private final int shortestWord;
    private final int longestWord;

    private MonthNameDates(ULocale locale) {
        gregorianMonths = monthNames(new DateFormatSymbols(new GregorianCalendar(locale), locale));
        solarMonths = locale.getLanguage().equals("fa")
                ? monthNames(new DateFormatSymbols(new PersianCalendar(locale), locale)) : Map.of();
        relativeDays = relativeDays(locale);
        String month = "(" + alternation(gregorianMonths.keySet()) + ")\\.?";
        dayMonthYear = pattern(DAY + "\\.?\\s+" + month + "(?:\\s*,?\\s*" + GREGORIAN_YEAR + ")?");
        monthDayYear = pattern(month + "\\s+" + DAY + "(?:\\s*,\\s*" + GREGORIAN_YEAR + ")?");
        monthYear = pattern(month + "\\s+" + GREGORIAN_YEAR);
        solarDate = solarMonths.isEmpty() ? null
                : pattern(DAY + "\\s+(" + alternation(solarMonths.keySet()) + ")(?:\\s+" + SOLAR_YEAR + ")?");
        relative = relativeDays.isEmpty() ? null : pattern("(" + alternation(relativeDays.keySet()) + ")");
        List<String> words = new ArrayList<>(gregorianMonths.keySet());
        words.addAll(solarMonths.keySet());
        words.addAll(relativeDays.keySet());
        shortestWord = words.stream().mapToInt(String::length).min().orElse(0);
        longestWord = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The reader for a language (ISO 639 code), empty where ICU has no month names for it. Built on
     * the language's first call, then shared: it is immutable.
     */
    public static Optional<MonthNameDates> forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, code -> {
            MonthNameDates dates = new MonthNameDates(new ULocale(code));
            // Without data of its own, a locale gets the root's month names (M01...), which are no words.
            return dates.gregorianMonths.isEmpty() ? Optional.empty() : Optional.of(dates);
        });
    }

    /** @param publishedOn the article's own date, or null: then no relative date and no year is guessed */
    public List<TimeExpression> find(String text, LocalDate publishedOn) {
        List<TimeExpression> found = new ArrayList<>();
        BitSet taken = new BitSet();
        // Each pattern is tried only around the words that can start it, a month name or a relative day:
        // scanning the whole text with the long case-blind alternations took most of an English article's time.
        List<int[]> monthWords = new ArrayList<>();
        List<int[]> solarWords = new ArrayList<>();
        List<int[]> relativeWords = new ArrayList<>();
        for (Matcher word = WORD.matcher(text); word.find(); ) {
            int length = word.end() - word.start();
            if (length < shortestWord || length > longestWord) {
                continue; // most words are of no length a month name or a relative day has
            }
            String lower = word.group().toLowerCase(Locale.ROOT);
            int[] at = {word.start(), word.end()};
            if (gregorianMonths.containsKey(lower)) {
                monthWords.add(at);
            }
            if (solarMonths.containsKey(lower)) {
                solarWords.add(at);
            }
            if (relativeDays.containsKey(lower)) {
                relativeWords.add(at);
            }
        }
        if (solarDate != null) {
            for (Matcher m : matches(solarDate, text, solarWords)) {
                add(found, taken, text, m, solarValue(m, publishedOn));
            }
        }
        for (Matcher m : matches(dayMonthYear, text, monthWords)) {
            add(found, taken, text, m, gregorianValue(m.group(3), month(m.group(2)), m.group(1), publishedOn));
        }
        for (Matcher m : matches(monthDayYear, text, monthWords)) {
            add(found, taken, text, m, gregorianValue(m.group(3), month(m.group(1)), m.group(2), publishedOn));
        }
        for (Matcher m : matches(monthYear, text, monthWords)) {
            add(found, taken, text, m, gregorianValue(m.group(2), month(m.group(1)), null, null));
        }
        if (relative != null && publishedOn != null) {
            for (Matcher m : matches(relative, text, relativeWords)) {
                int days = relativeDays.get(m.group(1).toLowerCase(Locale.ROOT));
                add(found, taken, text, m, publishedOn.plusDays(days).toString());
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    /**
     * The pattern's matches that hold one of the words, in order, each once: the pattern is run on a window
     * around each word (a day and punctuation before it, a day and a year after), seeing past the window's
     * edges so that a match still needs no letter or digit on either side.
     */
    private static List<Matcher> matches(Pattern pattern, String text, List<int[]> words) {
        List<Matcher> out = new ArrayList<>();
        int lastEnd = -1;
        for (int[] word : words) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(Math.max(0, word[0] - WINDOW_BEFORE), Math.min(text.length(), word[1] + WINDOW_AFTER));
            while (m.find()) {
                if (m.start() <= word[0] && m.end() >= word[1] && m.start() >= lastEnd) {
                    lastEnd = m.end();
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static void add(List<TimeExpression> found, BitSet taken, String text, Matcher m, String value) {
        if (value == null || taken.get(m.start(), m.end()).cardinality() > 0) {
            return;
        }
        taken.set(m.start(), m.end());
        LocalDate resolved = value.length() == 10 && !value.startsWith("X") ? LocalDate.parse(value) : null;
        found.add(new TimeExpression(text.substring(m.start(), m.end()), value, null, resolved, m.start(), m.end()));
    }

    private int month(String name) {
        return gregorianMonths.get(name.toLowerCase(Locale.ROOT));
    }

    /** A day-month without a year takes the article's year, or XXXX; an impossible day is no date. */
    private static String gregorianValue(String year, int month, String day, LocalDate publishedOn) {
        String y = year != null ? year : publishedOn != null ? String.valueOf(publishedOn.getYear()) : "XXXX";
        if (day == null) {
            return y + "-" + two(month);
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > Month.of(month).maxLength()) {
            return null;
        }
        return y + "-" + two(month) + "-" + two(d);
    }

    private String solarValue(Matcher m, LocalDate publishedOn) {
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        int year;
        if (m.group(3) != null) {
            year = Integer.parseInt(m.group(3));
        } else if (publishedOn != null) {
            calendar.setTimeInMillis(publishedOn.toEpochDay() * 86_400_000L);
            year = calendar.get(PersianCalendar.EXTENDED_YEAR);
        } else {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 31) {
            return null;
        }
        calendar.clear();
        calendar.set(year, solarMonths.get(m.group(2).toLowerCase(Locale.ROOT)) - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), 86_400_000L)).toString();
    }

    private static Map<String, Integer> monthNames(DateFormatSymbols symbols) {
        Map<String, Integer> names = new HashMap<>();
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(context, width);
                for (int i = 0; i < Math.min(12, months.length); i++) {
                    String name = months[i].replace(".", "").toLowerCase(Locale.ROOT);
                    // Short forms that are not words of their own ("M03", "3") say nothing.
                    if (name.codePoints().filter(Character::isLetter).count() >= 3) {
                        names.putIfAbsent(name, i + 1);
                    }
                }
            }
        }
        return Map.copyOf(names);
    }

    private static Map<String, Integer> relativeDays(ULocale locale) {
        RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(locale);
        Map<String, Integer> words = new HashMap<>();
        words.put(formatter.format(Direction.LAST, AbsoluteUnit.DAY).toLowerCase(Locale.ROOT), -1);
        words.put(formatter.format(Direction.THIS, AbsoluteUnit.DAY).toLowerCase(Locale.ROOT), 0);
        words.put(formatter.format(Direction.NEXT, AbsoluteUnit.DAY).toLowerCase(Locale.ROOT), 1);
        // A phrase ("il y a 1 jour") is not a word a sentence uses to date itself.
        words.keySet().removeIf(word -> word.contains(" ") || word.chars().anyMatch(Character::isDigit));
        return Map.copyOf(words);
    }

    private static Pattern pattern(String body) {
        return Pattern.compile(NOT_AFTER_WORD + body + NOT_BEFORE_WORD, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Longest first, so that "sept" does not stop a match of "september". */
    private static String alternation(Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
