package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic month names, folded ({@link ArabicFold}), with their numbers: the Levantine and Iraqi
 * Gregorian names beside the Egyptian and Gulf ones, and the Hijri months. Dates read them; names and
 * amounts must not take a month for a name or a counted noun.
 */
public final class MonthNames {

    /** Gregorian month names: both series (كانون الثاني and يناير) name month 1. */
    static final Map<String, Integer> GREGORIAN = new HashMap<>();
    /** Month names that are also everyday words (آب father, مارس practised): need a day, year or partner. */
    static final List<String> WEAK = List.of("اب", "مارس");
    static final Map<String, Integer> HIJRI = new HashMap<>();

    static {
        String[][] greg = {
                {"كانون الثاني", "يناير"}, {"شباط", "فبراير"}, {"اذار", "مارس"}, {"نيسان", "ابريل"},
                {"ايار", "مايو"}, {"حزيران", "يونيو", "يونيه"}, {"تموز", "يوليو", "يوليه"}, {"اب", "اغسطس", "اغسطس"},
                {"ايلول", "سبتمبر"}, {"تشرين الاول", "اكتوبر"}, {"تشرين الثاني", "نوفمبر"}, {"كانون الاول", "ديسمبر"}};
        for (int m = 0; m < greg.length; m++) {
            for (String name : greg[m]) {
                GREGORIAN.put(name, m + 1);
            }
        }
        String[][] hijri = {{"محرم"}, {"صفر"}, {"ربيع الاول"}, {"ربيع الثاني", "ربيع الاخر"}, {"جمادي الاولي", "جمادي الاول"},
                {"جمادي الاخره", "جمادي الثانيه", "جمادي الاخر"}, {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
                {"ذو القعده", "ذي القعده"}, {"ذو الحجه", "ذي الحجه"}};
        for (int m = 0; m < hijri.length; m++) {
            for (String name : hijri[m]) {
                HIJRI.put(name, m + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** Every folded Gregorian month name, of either series: what a dateline may write. */
    public static Set<String> gregorianNames() {
        return Set.copyOf(GREGORIAN.keySet());
    }

    /** The number of a folded Gregorian month name, or null. */
    public static Integer gregorianMonth(String folded) {
        return GREGORIAN.get(folded);
    }

    /** Whether a folded word names a month on its own (the weak names need company). */
    static boolean isMonthWord(String word) {
        return GREGORIAN.containsKey(word) && !WEAK.contains(word) || HIJRI.containsKey(word);
    }
}
