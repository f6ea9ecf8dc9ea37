package dev.mirsad.ingest.storage;

import dev.mirsad.parse.Sha256;
import dev.mirsad.pipeline.ProcessedArticle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles as last ingested, one per source file. */
@Repository
public class ArticleRepository {

    private static final int MAX_TITLE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final RowLoader rows;

    public ArticleRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, RowLoader rows) {
        this.jdbc = jdbc;
        this.named = named;
        this.rows = rows;
    }

    /**
     * Inserts or replaces the articles of these files, marked with the versions that made them:
     * the caller writes their facts in the same transaction. New articles, all of them on a first
     * night, go in bulk (see {@link RowLoader}); changed ones are updated in place, keeping their ids.
     */
    public Upserted upsert(List<StoredArticle> articles, long jobExecutionId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, Long> ids = idsOf(articles);
        List<Object[]> fresh = new ArrayList<>();
        List<StoredArticle> changed = new ArrayList<>();
        for (StoredArticle a : articles) {
            if (ids.containsKey(a.sourceUri())) {
                changed.add(a);
            } else {
                ProcessedArticle article = a.article();
                fresh.add(new Object[] {Sha256.of(a.sourceUri()), a.sourceUri(), a.fileName(),
                        a.contentSha256(), article.versions().pipeline(), article.mediaType(), title(article),
                        article.language().code(), confidence(article), article.publishedOn(), source(article),
                        article.outlet(), article.wordCount(), article.cleanText(), article.versions().extractor(), now, jobExecutionId});
            }
        }
        rows.append("article", List.of("source_uri_sha256", "source_uri", "file_name", "content_sha256",
                "pipeline_version", "media_type", "title", "language", "language_confidence", "published_on",
                "published_on_source", "outlet", "word_count", "clean_text", "extractor_version", "ingested_at", "job_execution_id"), fresh);
        jdbc.batchUpdate("""
                UPDATE article SET file_name = ?, content_sha256 = ?, pipeline_version = ?, media_type = ?, title = ?,
                    language = ?, language_confidence = ?, published_on = ?, published_on_source = ?, outlet = ?,
                    word_count = ?, clean_text = ?, extractor_version = ?, ingested_at = ?, job_execution_id = ?
                WHERE article_id = ?""", changed, changed.size(), (ps, a) -> {
            ProcessedArticle article = a.article();
            ps.setString(1, a.fileName());
            ps.setString(2, a.contentSha256());
            ps.setString(3, article.versions().pipeline());
            ps.setString(4, article.mediaType());
            ps.setString(5, title(article));
            ps.setString(6, article.language().code());
            ps.setBigDecimal(7, confidence(article));
            ps.setObject(8, article.publishedOn());
            ps.setString(9, source(article));
            ps.setString(10, article.outlet());
            ps.setInt(11, article.wordCount());
            ps.setString(12, article.cleanText());
            ps.setString(13, article.versions().extractor());
            ps.setObject(14, now);
            ps.setLong(15, jobExecutionId);
            ps.setLong(16, ids.get(a.sourceUri()));
        });
        List<Long> replaced = changed.stream().map(a -> ids.get(a.sourceUri())).toList();
        return new Upserted(fresh.isEmpty() ? ids : idsOf(articles), replaced);
    }

    /**
     * @param ids      article id by source URI
     * @param replaced the ids of the articles that existed before: their old facts are to be removed
     */
    public record Upserted(Map<String, Long> ids, List<Long> replaced) {
    }

    private Map<String, Long> idsOf(List<StoredArticle> articles) {
        Map<String, Long> ids = new HashMap<>();
        named.query("SELECT article_id, source_uri FROM article WHERE source_uri_sha256 IN (:keys)",
                Map.of("keys", articles.stream().map(a -> Sha256.of(a.sourceUri())).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    private static String title(ProcessedArticle a) {
        return a.title() == null || a.title().length() <= MAX_TITLE ? a.title() : a.title().substring(0, MAX_TITLE);
    }

    private static String source(ProcessedArticle a) {
        return a.publishedOnSource() == null ? null : a.publishedOnSource().code();
    }

    private static BigDecimal confidence(ProcessedArticle a) {
        return BigDecimal.valueOf(a.language().confidence()).setScale(3, RoundingMode.HALF_UP);
    }
}
