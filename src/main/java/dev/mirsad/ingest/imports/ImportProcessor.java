package dev.mirsad.ingest.imports;

import dev.mirsad.ingest.manifest.ManifestEntry;
import dev.mirsad.parse.FileNames;
import dev.mirsad.parse.InputRoots;
import dev.mirsad.pipeline.ArticleOutcome;
import dev.mirsad.pipeline.ArticlePipeline;
import dev.mirsad.pipeline.ScannedState;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.net.URI;
import java.nio.file.Path;

/** Hands each file of the night's manifest to the core's {@link ArticlePipeline}, and its outcome to the writer. */
public class ImportProcessor {

    private final ArticlePipeline pipeline;
    private final ProcessingTimes times;

    public ImportProcessor(ArticlePipeline pipeline, ProcessingTimes times) {
        this.pipeline = pipeline;
        this.times = times;
    }

    /** The processor of one night, which may open only files under its input folders. */
    public ItemProcessor<ManifestEntry, ImportOutcome> within(InputRoots roots) {
        return entry -> process(entry, roots);
    }

    private ImportOutcome process(ManifestEntry entry, InputRoots roots) {
        URI uri = URI.create(entry.sourceUri());
        ArticleOutcome outcome = pipeline.process(Path.of(uri), roots,
                new ScannedState(entry.sizeBytes(), entry.modifiedNanos()), times);
        if (outcome instanceof ArticleOutcome.Processed processed) {
            return new ImportOutcome.Ingested(entry, FileNames.ofUri(uri), processed.article());
        }
        ArticleOutcome.Rejected rejected = (ArticleOutcome.Rejected) outcome;
        return new ImportOutcome.Rejected(entry, rejected.reason(), rejected.message());
    }
}
