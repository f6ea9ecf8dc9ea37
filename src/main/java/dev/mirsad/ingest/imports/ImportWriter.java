package dev.mirsad.ingest.imports;

import dev.mirsad.ingest.ArticleRepository;
import dev.mirsad.ingest.ArticleRepository.Upserted;
import dev.mirsad.ingest.RejectedDocumentRepository;
import dev.mirsad.ingest.RejectedDocumentRepository.Rejection;
import dev.mirsad.ingest.facts.EntityRepository;
import dev.mirsad.ingest.facts.ExtractedArticle;
import dev.mirsad.ingest.facts.FactRepository;
import dev.mirsad.ingest.scan.ManifestRepository;
import dev.mirsad.ingest.scan.ManifestRepository.ManifestOutcome;
import dev.mirsad.ingest.scan.ManifestRepository.Outcome;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores a chunk of import outcomes in the chunk's transaction: articles upserted by source with
 * their facts (a changed article's old facts removed, so no fact ever points into a text it was not
 * found in, and a reader never sees a mix), rejections recorded, the manifest updated. Rerunning a
 * chunk rewrites the same rows. Each part is one batched statement per table for the whole chunk.
 */
public class ImportWriter extends ItemStreamSupport implements ItemStreamWriter<ImportOutcome>, StepExecutionListener {

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final EntityRepository entities;
    private final RejectedDocumentRepository rejections;
    private final ManifestRepository manifest;
    private long jobInstanceId;
    private long jobExecutionId;

    public ImportWriter(ArticleRepository articles, FactRepository facts, EntityRepository entities,
                        RejectedDocumentRepository rejections, ManifestRepository manifest) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
        this.rejections = rejections;
        this.manifest = manifest;
        setName("importWriter");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        jobInstanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) {
        List<ImportOutcome.Ingested> ingested = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<ManifestOutcome> outcomes = new ArrayList<>();
        for (ImportOutcome outcome : chunk) {
            if (outcome instanceof ImportOutcome.Ingested article) {
                ingested.add(article);
            } else if (outcome instanceof ImportOutcome.Rejected r) {
                rejected.add(new Rejection(r.entry().sourceUri(), r.entry().contentSha256(), r.reason(), r.message()));
                outcomes.add(new ManifestOutcome(r.entry().seq(), Outcome.REJECTED, null));
            }
        }
        if (!ingested.isEmpty()) {
            Upserted upserted = articles.upsert(ingested, jobExecutionId);
            Map<String, Long> ids = upserted.ids();
            facts.deleteFor(upserted.replaced());
            List<ExtractedArticle> extracted = ingested.stream()
                    .map(a -> new ExtractedArticle(ids.get(a.entry().sourceUri()), a.facts())).toList();
            facts.insert(extracted, entities.idsOf(
                    extracted.stream().flatMap(a -> FactRepository.entitiesOf(a.facts()).stream()).toList()));
            rejections.forget(ingested.stream().map(a -> a.entry().sourceUri()).toList());
            ingested.forEach(a -> outcomes.add(
                    new ManifestOutcome(a.entry().seq(), Outcome.INGESTED, ids.get(a.entry().sourceUri()))));
        }
        rejections.record(rejected, jobExecutionId);
        manifest.setOutcomes(jobInstanceId, outcomes);
    }
}
