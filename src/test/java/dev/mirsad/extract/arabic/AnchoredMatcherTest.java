package dev.mirsad.extract.arabic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AnchoredMatcherTest {

    /** Up to two words before the keyword يوم, which may stand glued behind و or a number. */
    private static final Pattern DAY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:في|منذ)\\s+)?(?:و?\\d{1,2}\\s*)?و?يوم(?:ين)?(?!\\p{L})");
    private static final String[] PIECES = {"في", "منذ", "يوم", "ويوم", "يومين", "12", "3", "كل", "اليوم", " ", "  ", "\n",
            "،", ".", "و", "5يوم"};

    @Test
    void findsWhatFindFindsWhenAnchorsKeepTheContract() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(anchored(s)).as(s).isEqualTo(plain(s));
        }
    }

    @Test
    void theEarliestStartLiesTheGivenNumberOfWordsBack() {
        String text = "one two  three\nfour";
        assertThat(AnchoredMatcher.startOfRunsBefore(text, text.indexOf("four") + 2, 0)).isEqualTo(text.indexOf("four"));
        assertThat(AnchoredMatcher.startOfRunsBefore(text, text.indexOf("four"), 2)).isEqualTo(text.indexOf("two"));
        assertThat(AnchoredMatcher.startOfRunsBefore(text, text.indexOf("four"), 9)).isZero();
    }

    private static List<String> plain(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> anchored(String text) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = text.indexOf("يوم"); i >= 0; i = text.indexOf("يوم", i + 1)) {
            anchors.add(i);
        }
        AnchoredMatcher m = new AnchoredMatcher(DAY, text, anchors.stream().mapToInt(Integer::intValue).toArray(),
                anchor -> AnchoredMatcher.startOfRunsBefore(text, anchor, 2));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.matcher().start() + "-" + m.matcher().end());
        }
        return found;
    }
}
