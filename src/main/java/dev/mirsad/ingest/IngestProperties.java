package dev.mirsad.ingest;

import dev.mirsad.dating.DateSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings of the nightly ingest, under {@code mirsad.*}.
 *
 * @param inputs folders scanned when a run names none
 * @param timeZone the zone whose calendar day is a run's default business date
 * @param chunkSize files per transaction in the import step
 * @param parseTimeout longest time one file may take to parse
 * @param maxFileSize larger files are rejected as TOO_LARGE without being read
 * @param schedule cron expression (seconds first) for {@code serve}
 * @param progressInterval how often long steps print a progress line
 * @param threads threads that process the items of a chunk (parse, clean, detect; extract); 0 means one per core
 * @param writers connections the import writes each chunk on at once, each with a slice of the chunk
 * @param parserProcesses child JVMs that parse formats other than plain text, at most one file each at a time
 * @param parserHeap the heap cap (-Xmx) of each parser child
 * @param databaseWait how long a night that lost its database waits for it to answer again before it ends FAILED
 * @param publicationDateSources where an article's date is read, first source first (metadata, dateline, path,
 *                               sidecar); leave one out to ignore it
 * @param metricsTextfile where {@code run} writes its metrics in the Prometheus text format when it ends, for
 *                        node_exporter's textfile collector; empty for none
 */
@ConfigurationProperties("mirsad")
public record IngestProperties(
        @DefaultValue("input") List<String> inputs,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("100") int chunkSize,
        @DefaultValue("30s") Duration parseTimeout,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("0 0 2 * * *") String schedule,
        @DefaultValue("10s") Duration progressInterval,
        @DefaultValue("0") int threads,
        @DefaultValue("2") int writers,
        @DefaultValue("2") int parserProcesses,
        @DefaultValue("256MB") DataSize parserHeap,
        @DefaultValue("2m") Duration databaseWait,
        @DefaultValue({"metadata", "dateline", "path", "sidecar"}) List<DateSource> publicationDateSources,
        @DefaultValue("") String metricsTextfile) {

    /** The number of processing threads, one per core unless configured. */
    public int processingThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
