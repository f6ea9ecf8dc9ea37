package dev.mirsad.extract.languages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.spans(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    @Test
    void findsCurlyGuillemetAndStraightQuotationsTheOutermostWhereTheyNest() {
        assertThat(quoted("He said “we agree” and «они сказали «нет» вчера», then \"we left\" at 5\" past."))
                .containsExactly("we agree", "они сказали «нет» вчера", "we left");
    }

    @Test
    void aQuotationOpenedWithALowMarkClosesWithTheHighOneCleaningMadeOfIt() {
        assertThat(quoted("Er sagte “wir kommen“ morgen.")).containsExactly("wir kommen");
    }

    @Test
    void anUnclosedMarkEndsWithItsParagraph() {
        assertThat(quoted("He said “we agree\nand «they» left")).containsExactly("they");
    }
}
