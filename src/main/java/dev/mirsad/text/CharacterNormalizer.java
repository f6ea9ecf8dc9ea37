package dev.mirsad.text;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

import java.util.regex.Pattern;

/**
 * Character-level half of cleaning: NFKC, then one pass that maps digits, quote marks and spaces
 * and drops invisible characters. Letters (alef forms, ى/ي, ة/ه, diacritics) stay as written:
 * folding them is the matcher's business, not the stored text's. Stateless and thread-safe.
 */
final class CharacterNormalizer {

    /**
     * NFKC except for quote-like marks that it would break apart: ″ into two primes, ˝ and ´ into a
     * space plus a combining accent. {@link #map} turns those into quote marks instead.
     */
    private static final Normalizer2 NFKC = new FilteredNormalizer2(Normalizer2.getNFKCInstance(),
            new UnicodeSet("[^\\u2033\\u2036\\u02DD\\u00B4]").freeze());

    /**
     * A decimal written in display order for a right-to-left line, its parts swapped around a right-to-left
     * mark: "29.\u200F0 في المائة" is 0.29 percent, "38.\u200F57 دولار" is 57.38 dollars. Some outlets'
     * systems write every decimal this way; the mark says so, and only the logical order reads right.
     */
    private static final Pattern DISPLAY_ORDER_DECIMAL = Pattern.compile("(\\d+)\\.\u200F(\\d+)");

    /** Marks a character to remove; U+FFFF is a noncharacter, so it never needs to be kept. */
    private static final char DROP = '\uFFFF';

    String normalize(String raw) {
        // NFKC first: it folds Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF), NBSP and the
        // other compatibility spaces, so the mapping below only sees base characters.
        String text = NFKC.normalize(raw);
        if (text.indexOf('\u200F') >= 0) {
            text = DISPLAY_ORDER_DECIMAL.matcher(text).replaceAll("$2.$1");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            char mapped = map(c);
            if (mapped != DROP) {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    private static char map(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660')); // Arabic-Indic digits
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0')); // Persian (Extended Arabic-Indic) digits
        }
        return switch (c) {
            case '\n' -> c;
            case '\t', '\u1680' -> ' '; // spaces NFKC leaves alone
            case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> '\n';
            case '\u066B' -> '.'; // Arabic decimal separator
            case '\u066C' -> ','; // Arabic thousands separator
            case '\u066A' -> '%'; // Arabic percent sign, so amounts read like "15%"
            // « » “ ” " are kept: quotation extraction relies on them. The rest fold into them.
            case '\u201E', '\u201F', '\u301D', '\u275D' -> '\u201C';
            // WordPress "smart quotes" turn a closing " after a digit into a double prime
            // (“بوينج 777″), so in news text ″ is nearly always a closing quote.
            case '\u301E', '\u301F', '\u275E', '\u2033', '\u2036' -> '\u201D';
            case '\u02DD' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u00B4', '\u2039', '\u203A' -> '\'';
            // Invisible characters: bidi marks and embeddings, zero-width characters (ZWNJ U+200C
            // is kept: it separates morphemes in Persian), BOM, soft hyphen, tatweel.
            case '\u200B', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                    '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u2066', '\u2067', '\u2068', '\u2069',
                    '\u061C', '\u180E', '\uFEFF', '\u00AD', '\u0640' -> DROP;
            // Other control characters (NUL first) stood between words: dropping them would glue the words.
            default -> Character.isISOControl(c) ? ' ' : c;
        };
    }
}
