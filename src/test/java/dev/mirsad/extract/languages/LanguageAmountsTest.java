package dev.mirsad.extract.languages;

import dev.mirsad.extract.FactExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quantities in English, Russian and Persian, on sentences written for the project. */
class LanguageAmountsTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<String> amounts(String text, String language) {
        return EXTRACTOR.extract(text, language, LocalDate.of(2023, 3, 14)).amounts().stream()
                .map(a -> a.surface() + " = " + a.value().toPlainString() + " " + a.unit()).toList();
    }

    @Test
    void digitsAndNumberWordsWithScalesUnitsCurrenciesAndPercentages() {
        assertThat(amounts("The 14 ministers pledged $5 million, 3.5 billion dollars over two hundred days and 1,500 troops; "
                + "inflation reached 12% and 40 percent.", "en")).containsExactly(
                "14 ministers = 14 ministers", "$5 million = 5000000 $", "3.5 billion dollars = 3500000000 dollars",
                "two hundred days = 200 days", "1,500 troops = 1500 troops", "12% = 12 percent", "40 percent = 40 percent");
    }

    @Test
    void russianNumbersInAnyCaseWithShortScalesAndADecimalComma() {
        assertThat(amounts("Россия выделит 5 млн долларов и пять миллионов рублей, 1 500 военных, 3,5 процента и двумя самолётами.", "ru"))
                .containsExactly("5 млн долларов = 5000000 долларов", "пять миллионов рублей = 5000000 рублей",
                        "1 500 военных = 1500 военных", "3,5 процента = 3.5 percent", "двумя самолётами = 2 самолётами");
    }

    @Test
    void persianNumberWordsAndPercentages() {
        assertThat(amounts("ایران 5 میلیون دلار و پنج هزار نفر و 12 درصد کمک کرد.", "fa"))
                .containsExactly("5 میلیون دلار = 5000000 دلار", "پنج هزار نفر = 5000 نفر", "12 درصد = 12 percent");
    }

    @Test
    void aYearADateATimeABareNumberOrOneIsNoAmount() {
        assertThat(amounts("In 2019 the talks began at 10:30 on 14 March 2023 for the 3rd time; one of them left.", "en")).isEmpty();
        assertThat(amounts("Переговоры прошли в 2019 году.", "ru")).isEmpty();
    }
}
