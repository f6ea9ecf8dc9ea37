package dev.mirsad.ingest;

import dev.mirsad.ingest.imports.ImportOutcome;
import dev.mirsad.ingest.imports.ImportWriter;
import dev.mirsad.ingest.imports.ProcessingAheadReader;
import dev.mirsad.ingest.imports.ProgressReporter;
import dev.mirsad.ingest.imports.WriteTimes;
import dev.mirsad.ingest.manifest.ContentHashPartitioner;
import dev.mirsad.ingest.manifest.ManifestEntry;
import dev.mirsad.ingest.manifest.ManifestRepository;
import dev.mirsad.ingest.manifest.ScanTasklet;
import dev.mirsad.ingest.remote.PartitionedImport;
import dev.mirsad.ingest.storage.ContentArticles;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.ingest.summary.SummaryTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.Optional;

/**
 * The nightly ingest: scan the inputs into a manifest, import each new or changed file (parse,
 * clean, tell the language, extract the facts; the article and its facts written in one
 * transaction), and count what the night wrote. The job has no incrementer: a night is identified
 * by its run date, so running a failed date again restarts it. The steps' parts are in
 * {@link IngestComponents}. A night run as a manager imports through workers instead
 * ({@link PartitionedImport}); the workers run this import step, each on its slice of the manifest.
 */
@Configuration
public class IngestJobConfiguration {

    /** How often a transient database error (deadlock, lock timeout, lost connection) is retried per chunk. */
    private static final int DATABASE_RETRIES = 3;

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step scanStep, Step importStep, Step summaryStep,
                         RunningExecutions runningExecutions, Optional<PartitionedImport> partitionedImport) {
        return new JobBuilder(NightParameters.JOB_NAME, jobRepository)
                .listener(runningExecutions)
                .start(scanStep)
                .next(partitionedImport.map(PartitionedImport::managerStep).orElse(importStep))
                .next(summaryStep)
                .build();
    }

    @Bean
    public Step scanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ScanTasklet scanTasklet) {
        return new StepBuilder("scanStep", jobRepository).tasklet(scanTasklet, transactionManager).build();
    }

    @Bean
    public Step importStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           IngestProperties properties, ProcessingAheadReader<ManifestEntry, ImportOutcome> importReader,
                           ImportWriter importWriter, ManifestRepository manifest, WriteTimes writeTimes) {
        return retryingTransientDatabaseErrors(new StepBuilder("importStep", jobRepository)
                .<ImportOutcome, ImportOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(importReader)
                .writer(importWriter)
                .listener(importWriter)
                .listener(writeTimes.listenerFor("importStep"))
                .listener(new ProgressReporter("import", step -> manifest.countPending(instanceOf(step),
                        ContentHashPartitioner.sliceOf(step.getExecutionContext())),
                        properties.progressInterval()))
                .faultTolerant())
                .build();
    }

    @Bean
    public Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            RunSummaryRepository summaries, ManifestRepository manifest,
                            ContentArticles articles) {
        return new StepBuilder("summaryStep", jobRepository)
                .tasklet(new SummaryTasklet(summaries, manifest, articles), transactionManager)
                .build();
    }

    /**
     * Deadlocks, lock wait timeouts and lost connections cost a retry of the write, a second apart, not
     * the night. Reads are not retried (see {@link ProcessingAheadReader}); a longer outage fails the
     * step, and the night waits for the database and resumes (see {@code NightRunner}).
     */
    private static <I, O> ChunkOrientedStepBuilder<I, O> retryingTransientDatabaseErrors(
            ChunkOrientedStepBuilder<I, O> step) {
        return step.retryPolicy(RetryPolicy.builder()
                .includes(TransientDataAccessException.class, RecoverableDataAccessException.class,
                        DataAccessResourceFailureException.class)
                .excludes(ProcessingAheadReader.ReadFailedException.class)
                .maxRetries(DATABASE_RETRIES)
                .delay(Duration.ofSeconds(1))
                .build());
    }

    private static long instanceOf(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }
}
