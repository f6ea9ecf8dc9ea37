package dev.mirsad.ingest.manifest;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Pages through a night's files still to import, in manifest order, all of them or one slice of them by
 * content (a partition of a night spread over several processes). It saves no position: the files still
 * to import are those without an outcome, so a restart resumes after the last committed chunk.
 */
public final class PendingManifestReader {

    private PendingManifestReader() {
    }

    public static JdbcPagingItemReader<ManifestEntry> of(DataSource dataSource, long jobInstanceId, HashRange slice,
                                                         int pageSize) throws Exception {
        String where = "job_instance_id = :jobInstanceId AND outcome IS NULL";
        if (!slice.isAll()) {
            where += " AND " + HashRange.PREFIX_OF_ROW + " >= :hashFrom AND " + HashRange.PREFIX_OF_ROW + " < :hashTo";
        }
        JdbcPagingItemReader<ManifestEntry> reader = new JdbcPagingItemReaderBuilder<ManifestEntry>()
                .name("pendingManifestReader")
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("seq, source_uri, size_bytes, modified_ns, content_sha256")
                .fromClause("scan_manifest")
                .whereClause(where)
                .parameterValues(Map.of("jobInstanceId", jobInstanceId, "hashFrom", slice.from(), "hashTo", slice.to()))
                .sortKeys(Map.of("seq", Order.ASCENDING))
                .pageSize(pageSize)
                .rowMapper((rs, n) -> new ManifestEntry(rs.getInt("seq"), rs.getString("source_uri"),
                        rs.getLong("size_bytes"), rs.getObject("modified_ns", Long.class), rs.getString("content_sha256")))
                .build();
        reader.afterPropertiesSet();
        return reader;
    }
}
