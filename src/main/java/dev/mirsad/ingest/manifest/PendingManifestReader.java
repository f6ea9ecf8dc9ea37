package dev.mirsad.ingest.manifest;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Pages through a night's files still to import, in manifest order. It saves no position: the files
 * still to import are those without an outcome, so a restart resumes after the last committed chunk.
 */
public final class PendingManifestReader {

    private PendingManifestReader() {
    }

    public static JdbcPagingItemReader<ManifestEntry> of(DataSource dataSource, long jobInstanceId, int pageSize)
            throws Exception {
        JdbcPagingItemReader<ManifestEntry> reader = new JdbcPagingItemReaderBuilder<ManifestEntry>()
                .name("pendingManifestReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("seq, source_uri, size_bytes, modified_ns, content_sha256")
                .fromClause("scan_manifest")
                .whereClause("job_instance_id = :jobInstanceId AND outcome IS NULL")
                .parameterValues(Map.of("jobInstanceId", jobInstanceId))
                .sortKeys(Map.of("seq", Order.ASCENDING))
                .pageSize(pageSize)
                .rowMapper((rs, n) -> new ManifestEntry(rs.getInt("seq"), rs.getString("source_uri"),
                        rs.getLong("size_bytes"), rs.getObject("modified_ns", Long.class), rs.getString("content_sha256")))
                .build();
        reader.afterPropertiesSet();
        return reader;
    }
}
