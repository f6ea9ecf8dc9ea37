package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.Amount;
import dev.mirsad.extract.facts.TimeExpression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Explicit quantities: a number in digits or words, an optional scale (ألف, مليون, مليار), and the counted
 * noun after it (3 أشهر, نحو ألفين من الجهاديين) or before it (يوم واحد, الطائرات الـ24), or a percentage.
 */
final class AmountFinder {

    private static final Map<String, Long> NUMBER_WORDS = folded(Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2),
            Map.entry("اثنتين", 2), Map.entry("اثنتان", 2), Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3),
            Map.entry("اربع", 4), Map.entry("اربعه", 4), Map.entry("خمس", 5), Map.entry("خمسه", 5),
            Map.entry("سته", 6), Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8),
            Map.entry("ثمانيه", 8), Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10),
            Map.entry("عشره", 10), Map.entry("عشرون", 20), Map.entry("عشرين", 20), Map.entry("ثلاثون", 30),
            Map.entry("ثلاثين", 30), Map.entry("اربعون", 40), Map.entry("اربعين", 40), Map.entry("خمسون", 50),
            Map.entry("خمسين", 50), Map.entry("ستون", 60), Map.entry("ستين", 60), Map.entry("سبعون", 70),
            Map.entry("سبعين", 70), Map.entry("ثمانون", 80), Map.entry("ثمانين", 80), Map.entry("تسعون", 90),
            Map.entry("تسعين", 90), Map.entry("مئه", 100), Map.entry("مائه", 100), Map.entry("مئتين", 200),
            Map.entry("مئتان", 200), Map.entry("مائتين", 200), Map.entry("الف", 1000), Map.entry("الفين", 2000),
            Map.entry("الفان", 2000), Map.entry("مليون", 1_000_000), Map.entry("مليار", 1_000_000_000),
            Map.entry("ست", 6), Map.entry("ستا", 6), Map.entry("ثلاثمئه", 300),
            Map.entry("ثلاثمائه", 300), Map.entry("اربعمئه", 400), Map.entry("اربعمائه", 400), Map.entry("خمسمئه", 500),
            Map.entry("خمسمائه", 500), Map.entry("مليونين", 2_000_000L), Map.entry("مليونان", 2_000_000L),
            Map.entry("مليوني", 2_000_000L), Map.entry("مليارين", 2_000_000_000L), Map.entry("ملياران", 2_000_000_000L),
            Map.entry("ملياري", 2_000_000_000L), Map.entry("تريليون", 1_000_000_000_000L)));
    /** The second word of 11 to 19 (خمسة عشر). */
    private static final Set<String> TEEN_TENS = Set.of("عشر", "عشره");
    /** The first word of 11 and 12, only before عشر: alone, أحد is "one of" (أحد المسلحين). */
    private static final Map<String, Long> TEEN_ONLY = folded(Map.of("احد", 1, "احدى", 1, "اثنا", 2, "اثني", 2,
            "اثنتا", 2, "اثنتي", 2));
    /**
     * Number words that follow the noun they count: يوم واحد, الطائرات الثلاث, السنوات العشر. Not الاثنين,
     * which is Monday far more often than "the two".
     */
    private static final Set<String> AFTER_NOUN = Set.of("واحد", "واحده", "الثلاث", "الثلاثه", "الاربع", "الاربعه",
            "الخمس", "الخمسه", "الست", "السته", "السبع", "السبعه", "الثماني", "الثمانيه", "التسع", "التسعه", "العشر",
            "العشره", "الاثنتين");
    /**
     * Two, which follows its noun (مسلحين اثنين), a dual or plural that agrees with it, or comes before it
     * (اثنين من المسلحين).
     */
    private static final Set<String> EITHER_SIDE = Set.of("اثنين", "اثنتين", "اثنان", "اثنتان");
    private static final Map<String, BigDecimal> SCALES = ScaleWords.SCALES;
    private static final Set<String> PERCENT_WORDS = ScaleWords.PERCENT_WORDS;
    /** Nouns that are also in the stopword list (they end names) but are counted nouns here: 3 أيام, 8 تصريحات. */
    private static final Set<String> COUNTED_STOPWORDS = Set.of("يوم", "عام", "شهر", "اسبوع", "ساعه", "سنه",
            "تصريح", "تصريحات", "بيان");
    private static final String PERCENT = "percent";
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,٫٬]\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    private final Lexicon lexicon;

    private static Map<String, Long> folded(Map<String, ? extends Number> words) {
        Map<String, Long> out = new java.util.HashMap<>();
        words.forEach((w, n) -> out.put(ArabicFold.fold(w), n.longValue()));
        return Map.copyOf(out);
    }

    AmountFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Amount> find(Article article, List<TimeExpression> dates) {
        List<Amount> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        int consumedUntil = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = article.word(i);
            if (word == null || article.start(i) < consumedUntil || insideDate(article, i, dates)) {
                continue;
            }
            boolean afterNoun = AFTER_NOUN.contains(word) || isDefiniteNumber(word)
                    || EITHER_SIDE.contains(word) && dualBefore(article, i);
            BigDecimal value = valueOf(afterNoun && word.startsWith("ال") ? word.substring(2) : word);
            boolean teen = tokens.isWord(i + 1) && TEEN_TENS.contains(article.word(i + 1));
            if (value == null && teen && TEEN_ONLY.containsKey(word)) {
                value = BigDecimal.valueOf(TEEN_ONLY.get(word));
            }
            if (value == null) {
                continue;
            }
            boolean numberWord = !Character.isDigit(word.charAt(word.length() - 1));
            int next = i + 1;
            if (numberWord && teen) {
                value = value.add(BigDecimal.TEN);
                next++;
            }
            // مائتان وثمانية وتسعون: number words joined by و add up.
            while (numberWord && joinedNumberWord(article.word(next)) != null) {
                value = value.add(joinedNumberWord(article.word(next)));
                next++;
            }
            if (tokens.isWord(next) && SCALES.containsKey(article.word(next)) && !word.equals(article.word(next))) {
                BigDecimal scale = SCALES.get(article.word(next));
                value = value.multiply(scale);
                next++;
                // 53 ألفاً و894 بلاغاً: the rest below the scale.
                String after = article.word(next);
                BigDecimal rest = after != null && after.startsWith("و") ? valueOf(after) : null;
                if (rest != null && rest.compareTo(scale) < 0) {
                    value = value.add(rest);
                    next++;
                }
            }
            Amount amount = percent(article, i, next, value);
            if (amount == null && afterNoun) {
                amount = nounBefore(article, i, next, value);
            }
            if (amount == null && !AFTER_NOUN.contains(word)) {
                amount = nounAfter(article, i, next, value);
            }
            if (amount != null) {
                out.add(amount);
                consumedUntil = amount.end();
            }
        }
        return out;
    }

    private static boolean dualBefore(Article article, int i) {
        String before = article.word(i - 1);
        return before != null && (before.endsWith("ين") || before.endsWith("ان"));
    }

    /** The value of و and a number word below a thousand (وتسعون), or null. */
    private static BigDecimal joinedNumberWord(String word) {
        if (word == null || word.length() < 3 || word.charAt(0) != 'و') {
            return null;
        }
        Long n = NUMBER_WORDS.get(word.substring(1));
        return n != null && n < 1000 ? BigDecimal.valueOf(n) : null;
    }

    /** ال and digits (ال3): a matcher here would run for every word with the article ال. */
    static boolean isDefiniteNumber(String word) {
        if (word.length() <= 2 || !word.startsWith("ال")) {
            return false;
        }
        for (int i = 2; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal valueOf(String word) {
        String w = word;
        // و14 تصريحا, بخمسة, لستة مجالات: a proclitic on a number. Not on short stems (لست is "I am not"),
        // not on one (لواحدة من is "for one of"), not on a year (و2013).
        if (w.length() > 1 && "بول".indexOf(w.charAt(0)) >= 0) {
            String stem = w.substring(1);
            boolean numberWord = w.length() > 3 && NUMBER_WORDS.containsKey(stem) && NUMBER_WORDS.get(stem) != 1L;
            boolean digits = Character.isDigit(stem.charAt(0)) && !YEAR.matcher(stem).matches();
            if (!numberWord && !digits) {
                return NUMBER_WORDS.containsKey(w) ? BigDecimal.valueOf(NUMBER_WORDS.get(w)) : null;
            }
            w = stem;
        }
        Long n = NUMBER_WORDS.get(w);
        if (n != null) {
            return BigDecimal.valueOf(n);
        }
        // Most words do not start with a digit: no matcher for them.
        if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9' || !NUMBER.matcher(w).matches()) {
            return null;
        }
        String plain = THOUSANDS.matcher(w).matches() ? w.replace(",", "") : w.replace(',', '.').replace('٫', '.').replace("٬", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Amount percent(Article article, int from, int next, BigDecimal value) {
        Token t = article.tokens.get(next);
        if (t == null) {
            return null;
        }
        int end = -1;
        if (t.is("%") || t.is("٪") || t.word() && PERCENT_WORDS.contains(t.text())) {
            end = next + 1;
        } else if (t.is("في") && article.tokens.isWord(next + 1) && PERCENT_WORDS.contains(article.word(next + 1))) {
            end = next + 2;
        }
        return end < 0 ? null : amount(article, from, end, value, PERCENT);
    }

    /** 3 أشهر, ألفين من الجهاديين; ستا من ثماني غارات counts the raids but is only the first number. */
    private Amount nounAfter(Article article, int from, int next, BigDecimal value) {
        int unit = next;
        if ("من".equals(article.word(unit))) {
            unit++;
            String whole = article.word(unit);
            if (whole != null && valueOf(whole) != null && isUnitWord(article, unit + 1)) {
                return amount(article, from, next, value, article.surface(unit + 1, unit + 2));
            }
        }
        if (!isUnitWord(article, unit)) {
            return null;
        }
        return amount(article, from, unit + 1, value, article.surface(unit, unit + 1));
    }

    /** يوم واحد, الطائرات الـ24. */
    private Amount nounBefore(Article article, int at, int next, BigDecimal value) {
        if (!isUnitWord(article, at - 1)) {
            return null;
        }
        return amount(article, at - 1, next, value, article.surface(at - 1, at));
    }

    private boolean isUnitWord(Article article, int i) {
        String w = article.word(i);
        return w != null && w.length() >= 2 && w.chars().allMatch(Character::isLetter)
                && (!lexicon.isStopword(w) || COUNTED_STOPWORDS.contains(w)) && !w.startsWith("لل")
                && !MonthNames.isMonthWord(w) && valueOf(w) == null && !SCALES.containsKey(w);
    }

    private static Amount amount(Article article, int from, int to, BigDecimal value, String unit) {
        return new Amount(article.surface(from, to), value.stripTrailingZeros(), unit, article.start(from), article.end(to));
    }

    private static boolean insideDate(Article article, int i, List<TimeExpression> dates) {
        int start = article.start(i);
        for (TimeExpression d : dates) {
            if (start >= d.start() && start < d.end()) {
                return true;
            }
        }
        return false;
    }
}
