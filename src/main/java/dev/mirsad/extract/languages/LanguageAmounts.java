package dev.mirsad.extract.languages;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.facts.Amount;
import dev.mirsad.extract.facts.TimeExpression;
import dev.mirsad.extract.languages.TextWords.Word;
import dev.mirsad.resources.ResourceLines;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explicit quantities in a language with a list of its percentage words ({@code languages/<code>/amount-words.txt}):
 * a number in digits or words, an optional scale (million, млн, میلیون) and the counted word after it
 * (300 soldiers, пять миллионов долларов), a currency sign before it ($5 million), or a percentage (15%,
 * 15 процентов). A number with none of these is no amount, nor is a year (в 2019 году), a day, a time or
 * "one". The number words and scales in every case form come from ICU's spell-out rules for the
 * language, so the list holds only percentage words and short scales.
 */
final class LanguageAmounts {

    private static final int[] SPELLED = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60,
            70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900};
    private static final long[] SCALES = {100L, 1_000L, 1_000_000L, 1_000_000_000L};
    private static final String PERCENT = "percent";

    private final Map<String, Long> numberWords = new HashMap<>();
    private final Map<String, Long> scales = new HashMap<>();
    private final Set<String> percentWords = new HashSet<>();
    private final char decimalSeparator;

    private LanguageAmounts(String language, List<String> lines) {
        ULocale locale = new ULocale(language);
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : spellout.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout-cardinal")) {
                continue;
            }
            for (int n : SPELLED) {
                String words = WordTokens.fold(spellout.format(n, ruleSet));
                if (!words.contains(" ") && !words.contains("-")) {
                    numberWords.putIfAbsent(words, (long) n);
                }
            }
            for (long scale : SCALES) {
                for (long times : new long[] {1, 2, 5}) {
                    String[] words = WordTokens.fold(spellout.format(scale * times, ruleSet)).split(" ");
                    scales.putIfAbsent(words[words.length - 1], scale);
                }
            }
        }
        for (String line : lines) {
            String[] fields = line.split("\\s+");
            if (fields[0].equals("@percent")) {
                Arrays.stream(fields).skip(1).map(WordTokens::fold).forEach(percentWords::add);
            } else if (fields[0].equals("@scale") && fields.length == 3) {
                scales.put(WordTokens.fold(fields[1]), Long.parseLong(fields[2]));
            } else {
                throw new IllegalArgumentException("not an '@percent WORD...' or '@scale WORD N' line of amount-words.txt: " + line);
            }
        }
        // Cleaning writes every decimal separator as ASCII; Russian keeps its comma.
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    static Optional<LanguageAmounts> forLanguage(String language) {
        return ResourceLines.ifPresent(LanguageExtractor.class, language + "/amount-words.txt")
                .map(lines -> new LanguageAmounts(language, lines));
    }

    /** @param words the text's words ({@link TextWords}) */
    List<Amount> find(String text, List<Word> words, List<TimeExpression> times) {
        List<Amount> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word word = words.get(k);
            // Most words are no number: tell them by their first character before anything costs.
            boolean digit = Character.isDigit(word.text().charAt(0));
            Number number = digit || numberWords.containsKey(fold(word)) ? number(text, words, k) : null;
            if (number == null || insideDate(word, times)) {
                continue;
            }
            int next = number.nextWord();
            BigDecimal value = number.value();
            boolean scaled = false;
            while (next < words.size() && words.get(next - 1).joinedToNext() && scales.containsKey(fold(words.get(next)))) {
                value = value.multiply(BigDecimal.valueOf(scales.get(fold(words.get(next)))));
                scaled = true;
                next++;
            }
            int start = word.start();
            int end = words.get(next - 1).end();
            String unit = null;
            if (start > 0 && Character.getType(text.charAt(start - 1)) == Character.CURRENCY_SYMBOL) {
                unit = text.substring(start - 1, start);
                start--;
            } else if (end < text.length() && text.charAt(end) == '%') {
                unit = PERCENT;
                end++;
            } else if (next < words.size() && words.get(next - 1).joinedToNext() && isUnit(words.get(next))) {
                unit = percentWords.contains(fold(words.get(next))) ? PERCENT : words.get(next).text();
                end = words.get(next).end();
                next++;
            }
            boolean year = number.yearLike() && !scaled && !PERCENT.equals(unit);
            if (unit == null && !scaled || year) {
                k = next - 1;
                continue;
            }
            out.add(new Amount(text.substring(start, end), value.stripTrailingZeros(), unit, start, end));
            k = next - 1;
        }
        return out;
    }

    private static boolean insideDate(Word word, List<TimeExpression> times) {
        for (TimeExpression time : times) {
            if (word.start() < time.end() && time.start() < word.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A number at word k: digits (grouped, with decimals), or number words added up (twenty five). */
    private record Number(BigDecimal value, int nextWord, boolean yearLike) {
    }

    private Number number(String text, List<Word> words, int k) {
        Word first = words.get(k);
        if (allDigits(first.text())) {
            return digits(text, words, k);
        }
        long total = 0;
        int next = k;
        while (next < words.size() && numberWords.containsKey(fold(words.get(next)))
                && (next == k || words.get(next - 1).joinedToNext())) {
            total += numberWords.get(fold(words.get(next)));
            next++;
        }
        return total == 0 ? null : new Number(BigDecimal.valueOf(total), next, false);
    }

    /** Digits, with groups of three after a separator and a decimal part; none that is a time, a date or glued to letters. */
    private Number digits(String text, List<Word> words, int k) {
        Word first = words.get(k);
        char before = first.start() > 0 ? text.charAt(first.start() - 1) : ' ';
        if (before == ':' || before == '.' || before == '/' || Character.isLetter(before)) {
            return null;
        }
        StringBuilder digits = new StringBuilder(first.text());
        int next = k + 1;
        int end = first.end();
        char grouping = decimalSeparator == ',' ? ' ' : ',';
        while (next < words.size() && words.get(next).start() == end + 1 && text.charAt(end) == grouping
                && words.get(next).text().length() == 3 && allDigits(words.get(next).text())) {
            digits.append(words.get(next).text());
            end = words.get(next++).end();
        }
        if (next < words.size() && words.get(next).start() == end + 1 && text.charAt(end) == decimalSeparator
                && allDigits(words.get(next).text())) {
            digits.append('.').append(words.get(next).text());
            end = words.get(next++).end();
        }
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (after == ':' || after == '/' || Character.isLetter(after) || after == '.' && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1))) {
            return null; // 10:30, 14/03, 3rd, 14.03.2023
        }
        String number = digits.toString();
        boolean year = number.length() == 4 && number.compareTo("1900") >= 0 && number.compareTo("2100") <= 0;
        return new Number(new BigDecimal(number), next, year);
    }

    private boolean isUnit(Word word) {
        String folded = fold(word);
        return percentWords.contains(folded) || !word.capitalized() && Character.isLetter(folded.charAt(0))
                && !numberWords.containsKey(folded) && folded.length() > 2;
    }

    private static String fold(Word word) {
        return WordTokens.fold(word.text());
    }
}
