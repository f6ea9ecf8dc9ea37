package dev.mirsad.ingest.summary;

import dev.mirsad.ingest.manifest.ManifestRepository;
import dev.mirsad.ingest.storage.ContentArticles;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Ends a night: removes articles no file holds any more ({@link ContentArticles#removeUnheld}), counts
 * what the night wrote, fact by kind and file by outcome, so v_job_run and the CLI can show it, then
 * lets the manifests of finished nights go.
 */
public class SummaryTasklet implements Tasklet {

    private final RunSummaryRepository summaries;
    private final ManifestRepository manifest;
    private final ContentArticles articles;

    public SummaryTasklet(RunSummaryRepository summaries, ManifestRepository manifest, ContentArticles articles) {
        this.summaries = summaries;
        this.manifest = manifest;
        this.articles = articles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long night = execution.getJobInstance().getInstanceId();
        articles.removeUnheld();
        summaries.recordFactCounts(execution.getId(), night);
        manifest.keepCountsAndPruneFinishedNights(night);
        return RepeatStatus.FINISHED;
    }
}
