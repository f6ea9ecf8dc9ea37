package dev.mirsad.ingest;

import dev.mirsad.dating.ArticleDating;
import dev.mirsad.ingest.imports.ImportOutcome;
import dev.mirsad.ingest.imports.ImportProcessor;
import dev.mirsad.ingest.imports.ImportWriter;
import dev.mirsad.ingest.imports.ProcessingAheadReader;
import dev.mirsad.ingest.imports.ProcessingTimes;
import dev.mirsad.ingest.manifest.ContentHashPartitioner;
import dev.mirsad.ingest.manifest.InputScanner;
import dev.mirsad.ingest.manifest.ManifestEntry;
import dev.mirsad.ingest.manifest.ManifestRepository;
import dev.mirsad.ingest.manifest.PendingManifestReader;
import dev.mirsad.ingest.manifest.ScanTasklet;
import dev.mirsad.ingest.metrics.IngestMetrics;
import dev.mirsad.ingest.storage.ContentArticles;
import dev.mirsad.ingest.storage.EntityRepository;
import dev.mirsad.ingest.storage.FactRepository;
import dev.mirsad.ingest.storage.RejectedDocumentRepository;
import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.ParserLimits;
import dev.mirsad.pipeline.ArticlePipeline;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchConversionServiceCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The parts of the ingest job's steps: the core's pipeline, the scan's tasklet, the import's reader,
 * processor and writer, and the thread pools they run on.
 */
@Configuration
public class IngestComponents {

    @Bean(destroyMethod = "close")
    public ArticlePipeline articlePipeline(IngestProperties properties) {
        ParserLimits limits = new ParserLimits(properties.maxFileSize().toBytes(), properties.parseTimeout(),
                ParserLimits.defaults().maxTextChars());
        return ArticlePipeline.withParserProcesses(limits, properties.parserProcesses(),
                properties.parserHeap().toBytes(), new ArticleDating(properties.publicationDateSources()));
    }

    /** A night's input folders are stored with its parameters as text and read back as {@link InputFolders}. */
    @Bean
    public BatchConversionServiceCustomizer inputFoldersConversion() {
        return conversion -> {
            conversion.addConverter(InputFolders.class, String.class, InputFolders::toString);
            conversion.addConverter(String.class, InputFolders.class, InputFolders::parse);
        };
    }

    /** The scan of one night, over the input folders it was started with. */
    @Bean
    @StepScope
    public ScanTasklet scanTasklet(ManifestRepository manifest, RejectedDocumentRepository rejections,
                                   ContentArticles articles, IngestMetrics metrics, IngestProperties properties,
                                   ArticlePipeline pipeline,
                                   @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters night)
            throws Exception {
        InputScanner scanner = new InputScanner(properties.maxFileSize().toBytes(), properties.progressInterval());
        return new ScanTasklet(scanner, manifest, rejections, articles, metrics,
                pipeline.versions(), NightParameters.inputRoots(night), night.getParameter(NightParameters.PASS) != null);
    }

    /**
     * The night's files still to import, or those of the step's partition, processed ahead (two chunks:
     * one being processed while the step writes the other), opening only files under the night's input
     * folders.
     */
    @Bean
    @StepScope
    public ProcessingAheadReader<ManifestEntry, ImportOutcome> importReader(
            DataSource dataSource, IngestProperties properties, ImportProcessor importProcessor,
            AsyncTaskExecutor processingExecutor, @Value("#{stepExecution}") StepExecution step) throws Exception {
        JobExecution night = step.getJobExecution();
        return new ProcessingAheadReader<>(PendingManifestReader.of(dataSource, night.getJobInstance().getInstanceId(),
                ContentHashPartitioner.sliceOf(step.getExecutionContext()), properties.chunkSize()),
                importProcessor.within(NightParameters.inputRoots(night.getJobParameters())), processingExecutor,
                2 * properties.chunkSize());
    }

    @Bean
    public ImportProcessor importProcessor(ArticlePipeline pipeline, ProcessingTimes times) {
        return new ImportProcessor(pipeline, times);
    }

    @Bean
    public ImportWriter importWriter(ContentArticles articles, FactRepository facts, EntityRepository entities,
                                     RejectedDocumentRepository rejections, ManifestRepository manifest,
                                     PlatformTransactionManager transactionManager,
                                     AsyncTaskExecutor sliceWriterExecutor, IngestProperties properties,
                                     IngestMetrics metrics) {
        return new ImportWriter(articles, facts, entities, rejections, manifest, transactionManager,
                sliceWriterExecutor, Math.max(1, properties.writers()), metrics);
    }

    /** The threads that parse and extract ahead of the import step's writer (see {@link ProcessingAheadReader}). */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor processingExecutor(IngestProperties properties) {
        return daemonPool("mirsad-process-", properties.processingThreads());
    }

    /** The threads that write the slices of a chunk beside the step's thread (see {@link ImportWriter}). */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor sliceWriterExecutor(IngestProperties properties) {
        return daemonPool("mirsad-write-", Math.max(1, properties.writers() - 1));
    }

    private static ThreadPoolTaskExecutor daemonPool(String namePrefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(namePrefix);
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
