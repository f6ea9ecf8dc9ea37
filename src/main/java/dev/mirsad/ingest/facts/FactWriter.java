package dev.mirsad.ingest.facts;

import dev.mirsad.extract.CitedMedium;
import dev.mirsad.extract.EntityRef;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.ingest.ArticleRepository;
import dev.mirsad.ingest.ArticleRepository.Extracted;
import dev.mirsad.ingest.facts.EntityRepository.EntityKey;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.util.List;
import java.util.Map;

/**
 * Replaces the facts of a chunk of articles in the chunk's transaction: old facts deleted, new ones
 * inserted, the articles marked as extracted. A reader never sees a mix, and a rerun never doubles a
 * row. Each step is one batched statement per table for the whole chunk.
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
        facts.insert(items, entityIds);
        articles.markExtracted(items.stream().map(a -> new Extracted(a.articleId(),
                a.facts().citedMedia().stream().findFirst().map(CitedMedium::outlet).map(EntityRef::canonicalName)
                        .orElse(null))).toList(), FactExtractor.VERSION);
    }
}
