package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.tagger.TaggerModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped taggers on sentences written for the project. */
class LanguageNameTaggerTest {

    private static List<String> names(String language, String text, EntityType type) {
        return LanguageNameTagger.forLanguage(language).orElseThrow().names(text).stream()
                .filter(name -> name.type() == type).map(name -> text.substring(name.start(), name.end())).toList();
    }

    @Test
    void englishRussianAndPersianTaggersFindPersonsAndPlaces() {
        String english = "Foreign Minister Sergei Lavrov met his Iraqi counterpart in Moscow on Monday.";
        assertThat(names("en", english, EntityType.PERSON)).containsExactly("Sergei Lavrov");
        assertThat(names("en", english, EntityType.LOCATION)).containsExactly("Moscow");

        String russian = "Министр иностранных дел России Сергей Лавров провёл переговоры в Москве.";
        assertThat(names("ru", russian, EntityType.PERSON)).containsExactly("Сергей Лавров");
        assertThat(names("ru", russian, EntityType.LOCATION)).containsExactly("России", "Москве");

        String persian = "وزیر امور خارجه ایران محمد جواد ظریف روز دوشنبه در تهران با همتای عراقی خود دیدار کرد.";
        assertThat(names("fa", persian, EntityType.PERSON)).containsExactly("محمد جواد ظریف");
        assertThat(names("fa", persian, EntityType.LOCATION)).containsExactly("ایران", "تهران");
    }

    @Test
    void aLanguageWithoutAModelHasNoTagger() {
        assertThat(LanguageNameTagger.forLanguage("de")).isEmpty();
        assertThat(LanguageNameTagger.forLanguage("ar")).as("Arabic has its own tagger and rules").isEmpty();
    }

    @Test
    void refusesAModelTrainedWithOtherWordLists() {
        TaggerModel english = LanguageNameTagger.forLanguage("en").orElseThrow().model();

        assertThatThrownBy(() -> new LanguageNameTagger(english, NameWords.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retrain it with mirsad-lab train-tagger");
    }
}
