package dev.mirsad.ingest;

import dev.mirsad.ingest.facts.EntityRepository;
import dev.mirsad.ingest.facts.FactRepository;
import dev.mirsad.ingest.imports.ImportOutcome;
import dev.mirsad.ingest.imports.ImportProcessor;
import dev.mirsad.ingest.imports.ImportWriter;
import dev.mirsad.ingest.imports.ManifestEntry;
import dev.mirsad.ingest.scan.InputScanner;
import dev.mirsad.ingest.scan.ManifestRepository;
import dev.mirsad.ingest.scan.ScanTasklet;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.ingest.summary.SummaryTasklet;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

/**
 * The nightly ingest: scan the inputs into a manifest, import each new or changed file (parse,
 * clean, tell the language, extract the facts; the article and its facts written in one
 * transaction), and count what the night wrote. The job has no incrementer: a night is identified
 * by its run date, so running a failed date again restarts it.
 */
@Configuration
public class IngestJobConfiguration {

    /** How often a transient database error (deadlock, lock timeout, lost connection) is retried per chunk. */
    private static final int DATABASE_RETRIES = 3;

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step scanStep, Step importStep, Step summaryStep,
                         RunningExecutions runningExecutions) {
        return new JobBuilder(IngestPipeline.JOB_NAME, jobRepository)
                .listener(runningExecutions)
                .start(scanStep)
                .next(importStep)
                .next(summaryStep)
                .build();
    }

    @Bean
    public Step scanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ManifestRepository manifest, RejectedDocumentRepository rejections,
                         IngestProperties properties, ArticlePipeline pipeline) {
        return new StepBuilder("scanStep", jobRepository)
                .tasklet(new ScanTasklet(new InputScanner(properties.maxFileSize().toBytes()), manifest, rejections,
                        pipeline.versions()), transactionManager)
                .build();
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
                .listener(new ProgressReporter("import", step -> manifest.countPending(instanceOf(step)),
                        properties.progressInterval()))
                .faultTolerant())
                .build();
    }

    @Bean
    public Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            RunSummaryRepository summaries) {
        return new StepBuilder("summaryStep", jobRepository)
                .tasklet(new SummaryTasklet(summaries), transactionManager)
                .build();
    }

    /**
     * Pages through the night's files still to import and processes them ahead (two chunks: one being
     * processed while the step writes the other), opening only files under the night's input folders.
     * It saves no position: the files still to import are those without an outcome, so a restart
     * resumes after the last committed chunk.
     */
    @Bean
    @StepScope
    public ProcessingAheadReader<ManifestEntry, ImportOutcome> importReader(
            DataSource dataSource, IngestProperties properties, ImportProcessor importProcessor,
            AsyncTaskExecutor processingExecutor,
            @Value("#{stepExecution.jobExecution}") JobExecution night) throws Exception {
        JdbcPagingItemReader<ManifestEntry> pending = new JdbcPagingItemReaderBuilder<ManifestEntry>()
                .name("pendingManifestReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("seq, source_uri, size_bytes, modified_ns, content_sha256")
                .fromClause("scan_manifest")
                .whereClause("job_instance_id = :jobInstanceId AND outcome IS NULL")
                .parameterValues(Map.of("jobInstanceId", night.getJobInstance().getInstanceId()))
                .sortKeys(Map.of("seq", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, n) -> new ManifestEntry(rs.getInt("seq"), rs.getString("source_uri"),
                        rs.getLong("size_bytes"), rs.getObject("modified_ns", Long.class), rs.getString("content_sha256")))
                .build();
        pending.afterPropertiesSet();
        InputRoots roots = IngestPipeline.inputRoots(night.getJobParameters());
        return new ProcessingAheadReader<>(pending, importProcessor.within(roots), processingExecutor,
                2 * properties.chunkSize());
    }

    @Bean
    public ImportProcessor importProcessor(ArticlePipeline pipeline, ProcessingTimes times) {
        return new ImportProcessor(pipeline, times);
    }

    @Bean
    public ImportWriter importWriter(ArticleRepository articles, FactRepository facts, EntityRepository entities,
                                     RejectedDocumentRepository rejections, ManifestRepository manifest,
                                     PlatformTransactionManager transactionManager,
                                     AsyncTaskExecutor sliceWriterExecutor, IngestProperties properties) {
        return new ImportWriter(articles, facts, entities, rejections, manifest, transactionManager,
                sliceWriterExecutor, Math.max(1, properties.writers()));
    }

    @Bean(destroyMethod = "close")
    public ArticlePipeline articlePipeline(IngestProperties properties) {
        ParserLimits limits = new ParserLimits(properties.maxFileSize().toBytes(), properties.parseTimeout(),
                ParserLimits.defaults().maxTextChars());
        return ArticlePipeline.withParserProcesses(limits, properties.parserProcesses(),
                properties.parserHeap().toBytes());
    }

    /** The threads that parse and extract ahead of the import step's writer (see {@link ProcessingAheadReader}). */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor processingExecutor(IngestProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.processingThreads());
        executor.setMaxPoolSize(properties.processingThreads());
        executor.setThreadNamePrefix("mirsad-process-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    /** The threads that write the slices of a chunk beside the step's thread (see {@link ImportWriter}). */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor sliceWriterExecutor(IngestProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(Math.max(1, properties.writers() - 1));
        executor.setMaxPoolSize(Math.max(1, properties.writers() - 1));
        executor.setThreadNamePrefix("mirsad-write-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
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
