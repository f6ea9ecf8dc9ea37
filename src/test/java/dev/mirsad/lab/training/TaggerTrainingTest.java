package dev.mirsad.lab.training;

import dev.mirsad.extract.TaggerInputs;
import dev.mirsad.extract.TaggerTokens;
import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;
import dev.mirsad.lab.evaluation.ConllReader.TaggedToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerTrainingTest {

    private static final TaggerInputs INPUTS = new TaggerInputs();
    private static final int BITS = 16;

    private static List<String> labelsOf(LabelledText text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.labels().length; i++) {
            out.add(text.tokens().word(i) + "=" + text.labels()[i]);
        }
        return out;
    }

    @Test
    void goldNamesAreFoundBehindProcliticsLongestFirst() {
        TaggerTokens tokens = INPUTS.tokens("وصل الوفد إلى وبغداد ثم إلى مدينة الموصل القديمة.", BITS);
        Map<String, Object> gold = Map.of(
                "locations", List.of(Map.of("name", "بغداد", "aliases", List.of()),
                        Map.of("name", "مدينة الموصل", "aliases", List.of("الموصل"))));
        NameCounts counts = new NameCounts();

        LabelledText text = GoldProjection.project(tokens, gold, counts);

        assertThat(labelsOf(text)).contains("وبغداد=B_LOCATION", "مدينه=B_LOCATION", "الموصل=I_LOCATION", "القديمه=O");
        assertThat(counts.starts()).containsEntry("بغداد", 1).containsEntry("مدينه", 1);
        assertThat(counts.singleWordNames()).containsOnlyKeys("بغداد");
    }

    @Test
    void conllTagsFollowTheTokensTheyCover() {
        List<TaggedToken> sentence = List.of(new TaggedToken("زار", "O"), new TaggedToken("كوفي", "B-PERS"),
                new TaggedToken("عنان", "I-PERS"), new TaggedToken("(بغداد)", "B-LOC"), new TaggedToken("امس", "O"));

        LabelledText text = ConllProjection.project(List.of(sentence), t -> INPUTS.tokens(t, BITS), new NameCounts());

        assertThat(labelsOf(text)).containsExactly("زار=O", "كوفي=B_PERSON", "عنان=I_PERSON", "null=O",
                "بغداد=B_LOCATION", "null=O", "امس=O");
    }

    @Test
    void aTrainedTaggerFindsANameItNeverSawInTheContextsItLearned() {
        List<LabelledText> texts = new ArrayList<>();
        NameCounts counts = new NameCounts();
        for (String name : List.of("زيدون", "قحطان", "مروان", "سنان", "عدنان", "غسان", "رضوان", "نبهان")) {
            Map<String, Object> gold = Map.of("persons", List.of(Map.of("name", name, "aliases", List.of())));
            texts.add(GoldProjection.project(INPUTS.tokens("وقال " + name + " إن الاتفاق قريب.", BITS), gold, counts));
            texts.add(GoldProjection.project(INPUTS.tokens("وأكد " + name + " أن الوفد وصل.", BITS), gold, counts));
        }
        PerceptronTrainer trainer = new PerceptronTrainer(BITS);
        trainer.train(texts, 5, 1);
        Perceptron model = trainer.averaged();

        TaggerTokens unseen = INPUTS.tokens("وقال شمعون إن الاتفاق قريب.", BITS);
        NameLabel[] labels = GreedyTagger.tag(unseen, model);

        assertThat(labels[1]).isEqualTo(NameLabel.B_PERSON);
        assertThat(labels[0]).isEqualTo(NameLabel.O);
        assertThat(labels[2]).isEqualTo(NameLabel.O);
    }
}
