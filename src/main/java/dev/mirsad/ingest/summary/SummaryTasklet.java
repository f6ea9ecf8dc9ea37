package dev.mirsad.ingest.summary;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Counts what the night wrote, fact by kind, so v_job_run and the CLI can show it. */
public class SummaryTasklet implements Tasklet {

    private final RunSummaryRepository summaries;

    public SummaryTasklet(RunSummaryRepository summaries) {
        this.summaries = summaries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        summaries.recordFactCounts(execution.getId(), execution.getJobInstance().getInstanceId());
        return RepeatStatus.FINISHED;
    }
}
