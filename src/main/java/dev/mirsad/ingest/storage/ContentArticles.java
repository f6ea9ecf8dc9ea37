package dev.mirsad.ingest.storage;

import dev.mirsad.ingest.storage.ArticleRepository.Replacement;
import dev.mirsad.ingest.storage.ArticleSources.Source;
import dev.mirsad.parse.FileNames;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article per content, whatever files hold it: the same story under two paths is one article with
 * two sources, a moved archive is found again without being re-ingested, and a changed file replaces
 * its article's facts. Articles, sources and facts change in the caller's transaction; no fact remains
 * of a content that no file holds any more.
 */
@Component
public class ContentArticles {

    private final ArticleRepository articles;
    private final ArticleSources sources;
    private final FactRepository facts;

    public ContentArticles(ArticleRepository articles, ArticleSources sources, FactRepository facts) {
        this.articles = articles;
        this.sources = sources;
        this.facts = facts;
    }

    /**
     * @param ids     the article of each file, by source URI
     * @param written the articles written with their ids: their facts are to be inserted (a content met
     *                again in the same night is written once)
     */
    public record Stored(Map<String, Long> ids, Map<Long, StoredArticle> written) {
    }

    /**
     * Stores what the pipeline made of these files. A content already stored is written over its article
     * (unless this night wrote it already); a new content takes over the article its file held before if
     * no other file holds that one, else becomes a new article.
     */
    public Stored store(List<StoredArticle> files, long jobInstanceId, long jobExecutionId) {
        Map<String, StoredArticle> firstByContent = new LinkedHashMap<>();
        files.forEach(file -> firstByContent.putIfAbsent(file.contentSha256(), file));
        Map<String, Long> existing = articles.idsByContent(firstByContent.keySet());
        Set<Long> writtenTonight = articles.ingestedTonight(jobInstanceId, existing.values());
        Map<String, Long> before = sources.articlesOf(files.stream().map(StoredArticle::sourceUri).toList());
        Map<Long, Integer> leftBehind = new HashMap<>(sources.counts(before.values()));
        before.values().forEach(article -> leftBehind.merge(article, -1, Integer::sum));

        Set<Long> kept = new HashSet<>(existing.values());
        List<Replacement> replaced = new ArrayList<>();
        List<StoredArticle> fresh = new ArrayList<>();
        for (StoredArticle file : firstByContent.values()) {
            Long id = existing.get(file.contentSha256());
            Long held = before.get(file.sourceUri());
            if (id != null) {
                if (!writtenTonight.contains(id)) {
                    replaced.add(new Replacement(id, file));
                }
            } else if (held != null && leftBehind.getOrDefault(held, 0) == 0 && kept.add(held)) {
                // The file changed and no other file holds its old content: its article takes the new one.
                replaced.add(new Replacement(held, file));
            } else {
                fresh.add(file);
            }
        }
        facts.deleteFor(replaced.stream().map(Replacement::articleId).toList());
        articles.replace(replaced, jobExecutionId);
        articles.insert(fresh, jobExecutionId);

        Map<String, Long> idByContent = articles.idsByContent(firstByContent.keySet());
        Map<String, Long> ids = new HashMap<>();
        files.forEach(file -> ids.put(file.sourceUri(), idByContent.get(file.contentSha256())));
        sources.attach(files.stream().map(f -> new Source(f.sourceUri(), f.fileName(), ids.get(f.sourceUri()))).toList(),
                jobExecutionId);
        removeUnheld(before.values(), ids.values());

        Map<Long, StoredArticle> written = new LinkedHashMap<>();
        replaced.forEach(r -> written.put(r.articleId(), r.article()));
        fresh.forEach(f -> written.put(idByContent.get(f.contentSha256()), f));
        return new Stored(ids, written);
    }

    /**
     * Records files found unchanged in content under a path not yet known for it (a copy, or the archive
     * moved): each becomes a source of its article, which is shown under it from now on.
     */
    public void found(Map<String, Long> articleBySourceUri, long jobExecutionId) {
        if (articleBySourceUri.isEmpty()) {
            return;
        }
        Map<String, Long> before = sources.articlesOf(articleBySourceUri.keySet());
        List<Source> found = articleBySourceUri.entrySet().stream()
                .map(e -> new Source(e.getKey(), FileNames.ofUri(URI.create(e.getKey())), e.getValue())).toList();
        sources.attach(found, jobExecutionId);
        articles.showUnder(found);
        removeUnheld(before.values(), articleBySourceUri.values());
    }

    /**
     * Removes every article that no file holds. Slices of a chunk are written side by side, so two files
     * holding one article that both change in the same chunk each see the other still holding it; the
     * night's end catches what they leave.
     */
    public void removeUnheld() {
        List<Long> unheld = sources.unheldArticles();
        facts.deleteFor(unheld);
        articles.delete(unheld);
    }

    /** Articles whose files now all hold other contents go, facts first. */
    private void removeUnheld(Collection<Long> heldBefore, Collection<Long> heldNow) {
        Set<Long> candidates = new HashSet<>(heldBefore);
        candidates.removeAll(heldNow);
        Set<Long> unheld = sources.withoutSources(candidates);
        facts.deleteFor(unheld);
        articles.delete(unheld);
    }
}
