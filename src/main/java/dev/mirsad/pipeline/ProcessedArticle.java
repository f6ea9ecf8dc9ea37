package dev.mirsad.pipeline;

import dev.mirsad.dating.DateSource;
import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.language.DetectedLanguage;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as the pipeline made it from a file: its text, what is known of the whole article,
 * its facts, and the entities they refer to.
 *
 * @param title from the document's metadata, else a short first line that reads as a headline, or null
 * @param publishedOn the publication date, or null where no source has one
 * @param publishedOnSource where the date was read, or null
 * @param outlet the first outlet the article cites, or null
 * @param entities every entity the facts refer to, once each
 */
public record ProcessedArticle(String mediaType, String title, DetectedLanguage language, LocalDate publishedOn,
                               DateSource publishedOnSource, String cleanText, int wordCount, String outlet, ArticleFacts facts,
                               List<ArticleEntity> entities, PipelineVersions versions) {
}
