package dev.mirsad.lab.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of score.py's matching that are easy to port wrongly. */
class ScorerTest {

    @Test
    void normalizesAsScorePy() {
        assertThat(ScoreText.norm("«الأُمم  المتّحدة»، إيران")).isEqualTo("الامم المتحده ايران");
        assertThat(ScoreText.norm(null)).isEmpty();
        assertThat(ScoreText.isPercent("في المائة")).isTrue();
        assertThat(ScoreText.jaccard("قال إن الوضع صعب", "الوضع صعب جدا")).isEqualTo(0.4);
    }

    @Test
    void roundsHalfEvenOnTheExactValueAsPython() {
        // round(2/3, 4) == 0.6667; 0.00005 is below half in binary, as Python sees it.
        assertThat(Tally.round4(2.0 / 3)).isEqualTo(0.6667);
        assertThat(Tally.round4(0.12345)).isEqualTo(0.1235);
    }

    @Test
    void visitsPredictedEntitiesInTheTextOrderOfTheirIdsAndCountsASecondFormAsAFalseAlarm() {
        Map<String, Object> gold = Map.of("document", "a.txt",
                "persons", List.of(Map.of("name", "قاسم الأعرجي", "aliases", List.of(), "titles", List.of())));
        // Ids "10" and "9": score.py sorts them as text, so "10" (the full name) hits and "9" is the extra form.
        Predictions predicted = new Predictions(Map.of("a", "1"),
                Map.of("1", List.of(new Predictions.Mention("9", "PERSON", null, "قاسم الاعرجي", null),
                        new Predictions.Mention("10", "PERSON", null, "قاسم الأعرجي", null))),
                Map.of(), Map.of(), Map.of(), Map.of(), List.of());

        Scores scores = Scorer.score(Map.of("a", gold), predicted);

        Tally persons = scores.tallies().get("persons");
        assertThat(List.of(persons.tp(), persons.fp(), persons.fn())).containsExactly(1, 1, 0);
        assertThat(persons.errors()).containsExactly("a persons false alarm: قاسم الاعرجي (again)");
    }
}
