package dev.mirsad.ingest.manifest;

import dev.mirsad.ingest.metrics.IngestMetrics;
import dev.mirsad.ingest.storage.ContentArticles;
import dev.mirsad.ingest.storage.RejectedDocumentRepository;
import dev.mirsad.ingest.storage.RejectedDocumentRepository.Rejection;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.pipeline.PipelineVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.List;

/**
 * Fixes the set of files a night works on: lists them with size and hash into the manifest (once
 * per job instance, so a restart sees exactly the same set) and marks those whose content this
 * pipeline version already ingested as unchanged, wherever it was found, unless the run reprocesses:
 * a copy or a moved archive becomes a new source of the article it holds.
 */
public class ScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScanTasklet.class);

    private final InputScanner scanner;
    private final ManifestRepository manifest;
    private final RejectedDocumentRepository rejections;
    private final ContentArticles articles;
    private final IngestMetrics metrics;
    private final PipelineVersions versions;
    private final InputRoots roots;
    private final boolean reprocess;

    /**
     * @param versions what a stored article must have been made by for its file to count as unchanged
     * @param roots the night's input folders
     * @param reprocess whether the night takes every file again, unchanged or not
     */
    public ScanTasklet(InputScanner scanner, ManifestRepository manifest, RejectedDocumentRepository rejections,
                       ContentArticles articles, IngestMetrics metrics, PipelineVersions versions, InputRoots roots,
                       boolean reprocess) {
        this.scanner = scanner;
        this.manifest = manifest;
        this.rejections = rejections;
        this.articles = articles;
        this.metrics = metrics;
        this.versions = versions;
        this.roots = roots;
        this.reprocess = reprocess;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = execution.getJobInstance().getInstanceId();
        if (manifest.exists(instanceId)) {
            log.info("scan: resuming the night's manifest ({} files)", manifest.counts(instanceId).scanned());
            return RepeatStatus.FINISHED;
        }
        List<ScannedFile> files = scanner.scan(roots);
        manifest.insert(instanceId, files);
        List<Rejection> rejected = files.stream().filter(f -> f.problem() != null)
                .map(f -> new Rejection(f.sourceUri(), null, f.problem(), f.problemMessage())).toList();
        rejections.record(rejected, execution.getId());
        int unchanged = reprocess ? 0 : manifest.markUnchanged(instanceId, versions.pipeline());
        articles.found(manifest.unchangedUnderNewPaths(instanceId), execution.getId());
        metrics.scanned(unchanged, rejected.stream().map(Rejection::reason).toList());
        contribution.incrementWriteCount(files.size());
        log.info("scan: {} files under {}: {} unchanged, {} rejected, {} to import",
                files.size(), roots.folders(), unchanged, rejected.size(), files.size() - unchanged - rejected.size());
        return RepeatStatus.FINISHED;
    }
}
