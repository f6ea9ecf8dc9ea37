package dev.mirsad.ingest.storage;

import dev.mirsad.parse.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The files each article was found in: one row per file, pointing at the article of its content when last read. */
@Repository
public class ArticleSources {

    /** A file holding an article. */
    public record Source(String sourceUri, String fileName, long articleId) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ArticleSources(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** The article each of these files held when last read, for the files known. */
    public Map<String, Long> articlesOf(Collection<String> sourceUris) {
        Map<String, Long> articles = new HashMap<>();
        if (!sourceUris.isEmpty()) {
            named.query("SELECT source_uri, article_id FROM article_source WHERE source_uri_sha256 IN (:keys)",
                    Map.of("keys", sourceUris.stream().map(Sha256::of).toList()), rs -> {
                        articles.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return articles;
    }

    /** How many files hold each of these articles. */
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!articleIds.isEmpty()) {
            named.query("SELECT article_id, COUNT(*) FROM article_source WHERE article_id IN (:ids) GROUP BY article_id",
                    Map.of("ids", articleIds), rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /**
     * Records that each file holds its article, in place of what it held before. A row keeps the execution
     * that first found the file holding its article (assignments run in order: the execution is decided
     * before the article changes).
     */
    public void attach(List<Source> sources, long jobExecutionId) {
        jdbc.batchUpdate("""
                INSERT INTO article_source (source_uri_sha256, source_uri, file_name, article_id, job_execution_id)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                    job_execution_id = IF(article_id <=> VALUES(article_id), job_execution_id, VALUES(job_execution_id)),
                    file_name = VALUES(file_name), article_id = VALUES(article_id)""",
                sources, sources.size(), (ps, s) -> {
                    ps.setString(1, Sha256.of(s.sourceUri()));
                    ps.setString(2, s.sourceUri());
                    ps.setString(3, s.fileName());
                    ps.setLong(4, s.articleId());
                    ps.setLong(5, jobExecutionId);
                });
    }

    /** Every article that no file holds. */
    public List<Long> unheldArticles() {
        return jdbc.queryForList("""
                SELECT a.article_id FROM article a
                WHERE NOT EXISTS (SELECT 1 FROM article_source s WHERE s.article_id = a.article_id)""", Long.class);
    }

    /** Those of these articles that no file holds any more. */
    public Set<Long> withoutSources(Collection<Long> articleIds) {
        Set<Long> without = new HashSet<>(articleIds);
        without.removeAll(counts(articleIds).keySet());
        return without;
    }
}
