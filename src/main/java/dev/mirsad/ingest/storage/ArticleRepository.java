package dev.mirsad.ingest.storage;

import dev.mirsad.pipeline.ProcessedArticle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles as last ingested, one per content ({@code content_sha256}), each shown under the file it was
 * last ingested or found from; {@link ArticleSources} lists every file that holds it.
 */
@Repository
public class ArticleRepository {

    private static final int MAX_TITLE = 1000;
    private static final List<String> COLUMNS = List.of("source_uri", "file_name", "content_sha256", "pipeline_version",
            "media_type", "title", "language", "language_confidence", "published_on", "published_on_source", "outlet",
            "word_count", "clean_text", "extractor_version", "ingested_at", "job_execution_id");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowLoader rows;

    public ArticleRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, RowLoader rows) {
        this.jdbc = jdbc;
        this.named = named;
        this.rows = rows;
    }

    /** An article to write over an existing one, keeping its id. */
    public record Replacement(long articleId, StoredArticle article) {
    }

    /** New articles, all of them on a first night, go in bulk ({@link RowLoader}). */
    public void insert(List<StoredArticle> articles, long jobExecutionId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        rows.append("article", COLUMNS, articles.stream().map(a -> values(a, now, jobExecutionId)).toList());
    }

    /** Writes each article over the one it replaces; the caller removes the old facts in the same transaction. */
    public void replace(List<Replacement> replacements, long jobExecutionId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String set = String.join(" = ?, ", COLUMNS) + " = ?";
        jdbc.batchUpdate("UPDATE article SET " + set + " WHERE article_id = ?", replacements, replacements.size(),
                (ps, r) -> {
                    Object[] values = values(r.article(), now, jobExecutionId);
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    ps.setLong(values.length + 1, r.articleId());
                });
    }

    /** Article ids by content, for the contents that have one. */
    public Map<String, Long> idsByContent(Collection<String> contentSha256s) {
        Map<String, Long> ids = new HashMap<>();
        if (!contentSha256s.isEmpty()) {
            named.query("SELECT article_id, content_sha256 FROM article WHERE content_sha256 IN (:contents)",
                    Map.of("contents", contentSha256s), rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return ids;
    }

    /** Which of these articles the night (job instance) has already ingested from a file. */
    public Set<Long> ingestedTonight(long jobInstanceId, Collection<Long> articleIds) {
        Set<Long> ingested = new HashSet<>();
        if (!articleIds.isEmpty()) {
            named.query("""
                    SELECT DISTINCT article_id FROM scan_manifest
                    WHERE job_instance_id = :night AND outcome = 'INGESTED' AND article_id IN (:ids)""",
                    Map.of("night", jobInstanceId, "ids", articleIds), rs -> {
                        ingested.add(rs.getLong(1));
                    });
        }
        return ingested;
    }

    /** Shows each article under this file from now on: the file it was last found in. */
    public void showUnder(List<ArticleSources.Source> sources) {
        jdbc.batchUpdate("UPDATE article SET source_uri = ?, file_name = ? WHERE article_id = ?", sources,
                sources.size(), (ps, s) -> {
                    ps.setString(1, s.sourceUri());
                    ps.setString(2, s.fileName());
                    ps.setLong(3, s.articleId());
                });
    }

    /** Deletes articles that have neither facts nor sources left. */
    public void delete(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            named.update("DELETE FROM article WHERE article_id IN (:ids)", Map.of("ids", articleIds));
        }
    }

    private static Object[] values(StoredArticle a, LocalDateTime now, long jobExecutionId) {
        ProcessedArticle article = a.article();
        return new Object[] {a.sourceUri(), a.fileName(), a.contentSha256(), article.versions().pipeline(),
                article.mediaType(), title(article), article.language().code(), confidence(article),
                article.publishedOn(), article.publishedOnSource() == null ? null : article.publishedOnSource().code(),
                article.outlet(), article.wordCount(), article.cleanText(), article.versions().extractor(), now,
                jobExecutionId};
    }

    private static String title(ProcessedArticle a) {
        return a.title() == null || a.title().length() <= MAX_TITLE ? a.title() : a.title().substring(0, MAX_TITLE);
    }

    private static BigDecimal confidence(ProcessedArticle a) {
        return BigDecimal.valueOf(a.language().confidence()).setScale(3, RoundingMode.HALF_UP);
    }
}
