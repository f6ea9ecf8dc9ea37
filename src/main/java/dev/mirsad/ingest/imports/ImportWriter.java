package dev.mirsad.ingest.imports;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.ingest.manifest.ManifestRepository;
import dev.mirsad.ingest.manifest.ManifestRepository.ManifestOutcome;
import dev.mirsad.ingest.manifest.ManifestRepository.Outcome;
import dev.mirsad.ingest.metrics.IngestMetrics;
import dev.mirsad.ingest.storage.ContentArticles;
import dev.mirsad.ingest.storage.ContentArticles.Stored;
import dev.mirsad.ingest.storage.EntityRepository;
import dev.mirsad.ingest.storage.ExtractedArticle;
import dev.mirsad.ingest.storage.FactRepository;
import dev.mirsad.ingest.storage.RejectedDocumentRepository;
import dev.mirsad.ingest.storage.RejectedDocumentRepository.Rejection;
import dev.mirsad.ingest.storage.StoredArticle;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.pipeline.ArticleEntity;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Stores a chunk of import outcomes: one article per content with its sources and facts
 * ({@link ContentArticles}: a changed article's old facts removed, so no fact ever points into a text
 * it was not found in, and a reader never sees a mix), rejections recorded, the manifest updated, with
 * one statement per table for a whole slice.
 *
 * <p>The chunk is written in {@code parts} slices at once, each in its own transaction on its own
 * connection: on one connection the writer waits for the server statement by statement, while the
 * processing threads wait for the writer. A file's article, facts and manifest outcome always commit
 * together, and the reader takes only files without an outcome, so a slice that committed before a
 * failure is not written twice: a restart or a retry finds it done or rewrites the same rows. The
 * chunk's entities are resolved first, new ones committed on their own ({@link EntityRepository}),
 * so the slices only refer to committed entities and never wait on each other's locks.
 */
public class ImportWriter extends ItemStreamSupport implements ItemStreamWriter<ImportOutcome>, StepExecutionListener {

    private final ContentArticles articles;
    private final FactRepository facts;
    private final EntityRepository entities;
    private final RejectedDocumentRepository rejections;
    private final ManifestRepository manifest;
    private final TransactionTemplate sliceTransaction;
    private final AsyncTaskExecutor sliceWriters;
    private final int parts;
    private final IngestMetrics metrics;
    private long jobInstanceId;
    private long jobExecutionId;

    /**
     * @param sliceWriters runs all slices but the first, which the step's thread writes
     * @param parts how many slices a chunk is written in at once
     */
    public ImportWriter(ContentArticles articles, FactRepository facts, EntityRepository entities,
                        RejectedDocumentRepository rejections, ManifestRepository manifest,
                        PlatformTransactionManager transactionManager, AsyncTaskExecutor sliceWriters, int parts,
                        IngestMetrics metrics) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
        this.rejections = rejections;
        this.manifest = manifest;
        this.sliceTransaction = new TransactionTemplate(transactionManager);
        // Slices delete and insert fact rows side by side: without gap locks they cannot deadlock.
        sliceTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        sliceTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.sliceWriters = sliceWriters;
        this.parts = parts;
        this.metrics = metrics;
        setName("importWriter");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        jobInstanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) throws Exception {
        List<ArticleEntity> chunkEntities = new ArrayList<>();
        for (ImportOutcome outcome : chunk) {
            if (outcome instanceof ImportOutcome.Ingested ingested) {
                chunkEntities.addAll(ingested.article().entities());
            }
        }
        Map<EntityRef, Long> entityIds = entities.idsOf(chunkEntities);
        List<List<ImportOutcome>> slices = slicesByContent(chunk.getItems());
        List<Future<?>> others = new ArrayList<>();
        for (List<ImportOutcome> slice : slices.subList(1, slices.size())) {
            others.add(sliceWriters.submit(() -> writeSlice(slice, entityIds)));
        }
        RuntimeException failure = null;
        try {
            writeSlice(slices.get(0), entityIds);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException("a slice of the chunk failed", e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Files of the same content go to the same slice: one article per content, written by one transaction,
     * so no two slices insert it at once.
     */
    private List<List<ImportOutcome>> slicesByContent(List<? extends ImportOutcome> items) {
        List<List<ImportOutcome>> slices = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            slices.add(new ArrayList<>());
        }
        for (ImportOutcome item : items) {
            String content = item.entry().contentSha256();
            slices.get(content == null ? 0 : Math.floorMod(content.hashCode(), parts)).add(item);
        }
        slices.removeIf(List::isEmpty);
        return slices.isEmpty() ? List.of(List.of()) : slices;
    }

    private void writeSlice(List<? extends ImportOutcome> slice, Map<EntityRef, Long> entityIds) {
        sliceTransaction.executeWithoutResult(status -> {
            List<ImportOutcome.Ingested> ingested = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            List<ManifestOutcome> outcomes = new ArrayList<>();
            for (ImportOutcome outcome : slice) {
                if (outcome instanceof ImportOutcome.Ingested article) {
                    ingested.add(article);
                } else if (outcome instanceof ImportOutcome.Rejected r) {
                    rejected.add(new Rejection(r.entry().sourceUri(), r.entry().contentSha256(), r.reason(),
                            r.message()));
                    outcomes.add(new ManifestOutcome(r.entry().seq(), Outcome.REJECTED, null));
                }
            }
            if (!ingested.isEmpty()) {
                Stored stored = articles.store(ingested.stream().map(a -> new StoredArticle(a.entry().sourceUri(),
                        a.fileName(), a.entry().contentSha256(), a.article())).toList(), jobInstanceId, jobExecutionId);
                Map<String, Long> ids = stored.ids();
                facts.insert(stored.written().entrySet().stream()
                        .map(e -> new ExtractedArticle(e.getKey(), e.getValue().article().facts(),
                                e.getValue().article().versions().extractor())).toList(), entityIds);
                rejections.forget(ingested.stream().map(a -> a.entry().sourceUri()).toList());
                ingested.forEach(a -> outcomes.add(
                        new ManifestOutcome(a.entry().seq(), Outcome.INGESTED, ids.get(a.entry().sourceUri()))));
                metrics.imported(ingested.size(), reasons(rejected), factsByType(stored.written().values()));
            } else {
                metrics.imported(0, reasons(rejected), Map.of());
            }
            rejections.record(rejected, jobExecutionId);
            manifest.setOutcomes(jobInstanceId, outcomes);
        });
    }

    private static List<RejectionReason> reasons(List<Rejection> rejected) {
        return rejected.stream().map(Rejection::reason).toList();
    }

    /** Facts by type, named as the run's summary names them. */
    private static Map<String, Long> factsByType(Collection<StoredArticle> written) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StoredArticle article : written) {
            ArticleFacts f = article.article().facts();
            counts.merge("mentions", (long) f.mentions().size(), Long::sum);
            counts.merge("titles", (long) f.titles().size(), Long::sum);
            counts.merge("dates", (long) f.times().size(), Long::sum);
            counts.merge("amounts", (long) f.amounts().size(), Long::sum);
            counts.merge("quotations", (long) f.quotations().size(), Long::sum);
            counts.merge("events", (long) f.events().size(), Long::sum);
            counts.merge("cited_media", (long) f.citedMedia().size(), Long::sum);
        }
        return counts;
    }
}
