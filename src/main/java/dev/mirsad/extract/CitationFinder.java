package dev.mirsad.extract;

import dev.mirsad.extract.facts.CitedMedium;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Media outlets cited as a source: وفقا لـ, بحسب, نقلت وكالة, أوردته, ذكرت صحيفة... shortly before the outlet. */
final class CitationFinder {

    private static final Set<String> CUES = Set.of("وفقا", "ووفقا", "طبقا", "بحسب", "حسب", "نقلت", "نقلا", "ونقلت",
            "اوردته", "اورده", "اوردت", "اوردها", "ذكرت", "وذكرت", "ذكره", "ذكرته", "قالت", "وقالت", "افادت", "نشرته",
            "نشرت", "تابعتها", "اطلع", "وفق", "لموقع", "لوكاله", "لصحيفه", "لقناه");
    private static final int WINDOW = 6;

    List<CitedMedium> find(Article article, List<Found> organizations) {
        List<CitedMedium> out = new ArrayList<>();
        for (Found f : organizations) {
            if (!"MEDIA".equals(f.ref().subtype())) {
                continue;
            }
            int at = f.span().from();
            boolean cited = false;
            for (int i = at; i >= 0 && at - i <= WINDOW && !cited; i--) {
                String w = article.word(i);
                cited = w != null && CUES.contains(w) || i == at && w != null && w.startsWith("ل") && i > 0
                        && "ل".equals(article.word(i - 1));
            }
            if (cited || "ل".equals(article.word(at - 1))) {
                out.add(new CitedMedium(f.ref(), article.start(at), article.end(f.span().to())));
            }
        }
        return out;
    }
}
