package dev.mirsad.extract;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.arabic.AnchoredMatcher;
import dev.mirsad.extract.arabic.Keywords;
import dev.mirsad.extract.arabic.NormalizedText;
import dev.mirsad.extract.facts.TimeExpression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Calendar expressions as TimeML-style values: day-month-year in Levantine and transliterated month
 * names (often paired: شباط/فبراير), years (العام 2015), early/mid/late qualifiers, Hijri dates, and
 * relative dates (أمس, الشهر الماضي) only when the article's own date is known.
 */
final class DateFinder {

    private static final Map<String, Integer> MONTHS = MonthNames.GREGORIAN;
    private static final List<String> WEAK_MONTHS = MonthNames.WEAK;
    private static final Map<String, Integer> HIJRI_MONTHS = MonthNames.HIJRI;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String QUALIFIER = "(?:(اواخر|نهايه|اخر|مطلع|اوائل|بدايه|مستهل|منتصف|اواسط|اواسط|النصف الاول من|النصف الثاني من)\\s+)?";
    /** الجاري, الماضي, من العام الماضي: where the month lies relative to the article's date. */
    private static final String TAIL = "(?:\\s+(?:من\\s+)?((?:(?:العام|السنه)\\s+)?(?:الجاري|الحالي|الماضي|الماضيين|المقبل|القادم))(?![\\p{L}]))?";
    private static final Pattern MONTH_DATE = Pattern.compile(
            "(?<![\\p{L}\\d])" + QUALIFIER + "(?:و?(\\d{1,2})\\s*(?:من\\s+)?)?(?:شهر\\s+)?و?(" + MONTH + ")"
                    // The partner name: شباط/فبراير, فبراير (شباط), or side by side: يوليو تموز.
                    + "(?:\\s*[/(]?\\s*(" + MONTH + ")(?:\\s*\\))?)?"
                    + "(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|لعام|بعام)?\\s*(\\d{4})(?!\\d))?" + TAIL
                    + "(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + QUALIFIER + "(?:(عام|العام|سنه|السنه|لعام|بعام|للعام)\\s+)?((?:19|20)\\d{2})(?!\\d|[.,]\\d)(?:\\s*م(?![\\p{L}]))?");
    private static final Pattern HIJRI = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})?\\s*(" + alternation(HIJRI_MONTHS.keySet()) + ")\\s+(?:عام|لعام)?\\s*(1[34]\\d{2})\\s*(?:ه|هـ)(?![\\p{L}])");
    /*
     * What every match of HIJRI holds: most articles hold none, and this simple pattern tells so far
     * faster than the full one, whose cost is at every word.
     */
    private static final Pattern HIJRI_YEAR = Pattern.compile("1[34]\\d{2}\\s*ه");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}])و?(امس|اليوم|غدا|(?:العام|الشهر|السنه) (?:الماضي|الحالي|الجاري|المقبل))(?![\\p{L}])");

    /*
     * MONTH_DATE, YEAR and RELATIVE run only near their keywords (AnchoredMatcher): a month name, a
     * year, a relative word. Before the keyword a match holds at most this many words: a three-word
     * qualifier, the day, من and شهر before a month; the qualifier and عام before a year.
     */
    private static final int WORDS_BEFORE_MONTH = 6;
    private static final int WORDS_BEFORE_YEAR = 4;
    /** Every MONTH_DATE match holds one of these, as a word or behind و. */
    private static final List<String> MONTH_FIRST_WORDS =
            MONTHS.keySet().stream().map(name -> name.split(" ")[0]).distinct().sorted().toList();
    private static final Keywords MONTH_KEYWORDS = new Keywords(MONTH_FIRST_WORDS);
    /** Glued to a month name inside a match: the partner name, or the year's words. */
    private static final Keywords AFTER_MONTH = new Keywords(Stream.concat(MONTH_FIRST_WORDS.stream(),
            Stream.of("من", "عام", "العام", "سنه", "لعام", "بعام")).toList());
    private static final Keywords RELATIVE_KEYWORDS = new Keywords(List.of("امس", "اليوم", "غدا", "العام", "الشهر", "السنه"));

    private static String alternation(Iterable<String> names) {
        List<String> sorted = new ArrayList<>();
        names.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        return String.join("|", sorted.stream().map(n -> n.replace(" ", "\\s+")).toList());
    }

    List<TimeExpression> find(Article article, LocalDate publishedOn) {
        String text = article.text.folded();
        List<TimeExpression> out = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        if (HIJRI_YEAR.matcher(text).find()) {
            Matcher h = HIJRI.matcher(text);
            while (h.find()) {
                add(out, used, article, h.start(), h.end(), hijriValue(h), null);
            }
        }
        AnchoredMatcher months = new AnchoredMatcher(MONTH_DATE, text,
                wordStarts(text, MONTH_KEYWORDS, end -> mayFollowMonth(text, end)),
                anchor -> AnchoredMatcher.startOfRunsBefore(text, anchor, WORDS_BEFORE_MONTH));
        while (months.find()) {
            Matcher m = months.matcher();
            if (overlaps(used, m.start(), m.end()) || isWeakAlone(m)) {
                continue;
            }
            int month = MONTHS.get(oneSpace(m.group(3)));
            String value = monthValue(m.group(5), month, m.group(2), m.group(6), publishedOn);
            add(out, used, article, m.start(), m.end(), value, mod(m.group(1)));
        }
        AnchoredMatcher years = new AnchoredMatcher(YEAR, text, yearStarts(text),
                anchor -> AnchoredMatcher.startOfRunsBefore(text, anchor, WORDS_BEFORE_YEAR));
        while (years.find()) {
            Matcher y = years.matcher();
            boolean named = y.group(1) != null || y.group(2) != null;
            if (!overlaps(used, y.start(), y.end()) && (named || !countsSomething(text, y.end()))) {
                add(out, used, article, y.start(), y.end(), y.group(3), mod(y.group(1)));
            }
        }
        if (publishedOn != null) {
            AnchoredMatcher relatives = new AnchoredMatcher(RELATIVE, text,
                    wordStarts(text, RELATIVE_KEYWORDS, end -> end == text.length() || !Character.isLetter(text.charAt(end))),
                    anchor -> Math.max(0, anchor - 1));
            while (relatives.find()) {
                Matcher r = relatives.matcher();
                if (!overlaps(used, r.start(), r.end())) {
                    add(out, used, article, r.start(), r.end(), relativeValue(r.group(1), publishedOn), null);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Where one of the words starts a word, or follows a و that does, and ends where endsWell accepts:
     * the look-behinds of the patterns allow a keyword nowhere else.
     */
    private static int[] wordStarts(String text, Keywords words, IntPredicate endsWell) {
        IntStream.Builder starts = IntStream.builder();
        for (int p = 0; p < text.length(); p++) {
            if (startsWordOrFollowsWa(text, p) && words.startAt(text, p, endsWell)) {
                starts.add(p);
            }
        }
        return starts.build().toArray();
    }

    private static boolean startsWordOrFollowsWa(String text, int p) {
        return p == 0 || !Character.isLetter(text.charAt(p - 1))
                || text.charAt(p - 1) == 'و' && (p == 1 || !Character.isLetter(text.charAt(p - 2)));
    }

    /** A month name inside a match ends the word, or runs into its partner name or the year's words. */
    private static boolean mayFollowMonth(String text, int end) {
        return end == text.length() || !Character.isLetter(text.charAt(end)) || AFTER_MONTH.startAt(text, end, any -> true);
    }

    /** Where 19xx or 20xx starts after a character that is neither letter nor ASCII digit: YEAR's look-behind. */
    private static int[] yearStarts(String text) {
        IntStream.Builder starts = IntStream.builder();
        for (int p = 0; p + 4 <= text.length(); p++) {
            char c = text.charAt(p);
            boolean century = c == '1' && text.charAt(p + 1) == '9' || c == '2' && text.charAt(p + 1) == '0';
            if (century && isAsciiDigit(text.charAt(p + 2)) && isAsciiDigit(text.charAt(p + 3))
                    && (p == 0 || !Character.isLetter(text.charAt(p - 1)) && !isAsciiDigit(text.charAt(p - 1)))) {
                starts.add(p);
            }
        }
        return starts.build().toArray();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWeakAlone(Matcher m) {
        String name = oneSpace(m.group(3));
        return WEAK_MONTHS.contains(name) && m.group(2) == null && m.group(4) == null && m.group(5) == null
                && m.group(1) == null;
    }

    /** A four-digit number before a scale or percent word (2000 ألف, 1900 بالمئة) counts something; else it is a year. */
    private static boolean countsSomething(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return i < text.length() && text.charAt(i) == '%' || ScaleWords.isScaleOrPercent(text.substring(i, j));
    }

    private static String monthValue(String year, int month, String day, String tail, LocalDate publishedOn) {
        String y = year;
        if (y == null && publishedOn != null) {
            int resolved = publishedOn.getYear();
            boolean past = tail != null && tail.endsWith("الماضي");
            boolean future = tail != null && (tail.endsWith("المقبل") || tail.endsWith("القادم"));
            boolean namedYear = tail != null && (tail.startsWith("العام") || tail.startsWith("السنه"));
            if (namedYear) {
                resolved += past ? -1 : future ? 1 : 0;
            } else if (past && month >= publishedOn.getMonthValue()) {
                resolved--;
            } else if (future && month <= publishedOn.getMonthValue()) {
                resolved++;
            }
            y = String.valueOf(resolved);
        }
        String value = (y == null ? "XXXX" : y) + "-" + two(month);
        return day == null ? value : value + "-" + two(Integer.parseInt(day));
    }

    private static String hijriValue(Matcher h) {
        IslamicCalendar cal = new IslamicCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        int day = h.group(1) == null ? 1 : Integer.parseInt(h.group(1));
        cal.set(Integer.parseInt(h.group(3)), HIJRI_MONTHS.get(oneSpace(h.group(2))) - 1, day);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), 86_400_000L));
        return h.group(1) == null ? date.getYear() + "-" + two(date.getMonthValue()) : date.toString();
    }

    private static String relativeValue(String phrase, LocalDate on) {
        return switch (phrase) {
            case "امس" -> on.minusDays(1).toString();
            case "اليوم" -> on.toString();
            case "غدا" -> on.plusDays(1).toString();
            default -> {
                boolean month = phrase.startsWith("الشهر");
                int shift = phrase.endsWith("الماضي") ? -1 : phrase.endsWith("المقبل") ? 1 : 0;
                yield month ? on.plusMonths(shift).toString().substring(0, 7) : String.valueOf(on.getYear() + shift);
            }
        };
    }

    private static String mod(String qualifier) {
        if (qualifier == null) {
            return null;
        }
        return switch (oneSpace(qualifier)) {
            case "اواخر", "نهايه", "اخر", "النصف الثاني من" -> "END";
            case "منتصف", "اواسط" -> "MID";
            default -> "START";
        };
    }

    private static void add(List<TimeExpression> out, boolean[] used, Article article, int start, int end,
                            String value, String mod) {
        if (!isPossible(value)) {
            return;
        }
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        NormalizedText t = article.text;
        LocalDate resolved = value.length() == 10 && !value.startsWith("X") ? LocalDate.parse(value) : null;
        out.add(new TimeExpression(t.originalSpan(start, end), value, mod, resolved, t.originalStart(start), t.originalEnd(end)));
    }

    /** 34 شباط or 31 نيسان is a typo or a number, not a day: never fail an article over it. */
    private static boolean isPossible(String value) {
        if (value.length() != 10) {
            return true;
        }
        try {
            // 2000 is a leap year, so 29 February without a year stays possible.
            LocalDate.parse(value.startsWith("X") ? "2000" + value.substring(4) : value);
            return true;
        } catch (DateTimeParseException impossible) {
            return false;
        }
    }

    private static boolean overlaps(boolean[] used, int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static String oneSpace(String phrase) {
        return SPACES.matcher(phrase).replaceAll(" ");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
