package dev.mirsad.ingest.facts;

import dev.mirsad.extract.FactExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

public class ExtractProcessor implements ItemProcessor<ArticleToExtract, ExtractedArticle> {

    private final FactExtractor extractor;

    public ExtractProcessor(FactExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ExtractedArticle process(ArticleToExtract article) {
        return new ExtractedArticle(article.articleId(),
                extractor.extract(article.cleanText(), article.language(), article.publishedOn()));
    }
}
