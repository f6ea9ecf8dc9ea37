package dev.mirsad.ingest.facts;

import dev.mirsad.extract.CitedMedium;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ArticleRepository;
import dev.mirsad.ingest.facts.EntityRepository.EntityKey;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.util.List;
import java.util.Map;

/**
 * Replaces the facts of a chunk of articles in the chunk's transaction: old facts deleted, new ones
 * inserted, the article marked as extracted. A reader never sees a mix, and a rerun never doubles a row.
 */
public class FactWriter extends ItemStreamSupport implements ItemStreamWriter<ExtractedArticle> {

    private final FactRepository facts;
    private final EntityRepository entities;
    private final ArticleRepository articles;

    public FactWriter(FactRepository facts, EntityRepository entities, ArticleRepository articles) {
        this.facts = facts;
        this.entities = entities;
        this.articles = articles;
        setName("factWriter");
    }

    @Override
    public void write(Chunk<? extends ExtractedArticle> chunk) {
        List<? extends ExtractedArticle> items = chunk.getItems();
        facts.deleteFor(items.stream().map(ExtractedArticle::articleId).toList());
        Map<EntityKey, Long> entityIds = entities.idsOf(
                items.stream().flatMap(a -> FactRepository.entitiesOf(a.facts()).stream()).toList());
        for (ExtractedArticle article : items) {
            facts.insert(article.articleId(), article.facts(), entityIds);
            String outlet = article.facts().citedMedia().stream().findFirst()
                    .map(CitedMedium::outlet).map(o -> o.canonicalName()).orElse(null);
            articles.markExtracted(article.articleId(), FactExtractor.VERSION, outlet);
        }
    }
}
