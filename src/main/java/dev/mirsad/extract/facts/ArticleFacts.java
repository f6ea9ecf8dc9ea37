package dev.mirsad.extract.facts;

import java.util.List;

/** Everything the extractor found in one article's cleaned text. */
public record ArticleFacts(List<Mention> mentions, List<PersonTitle> titles, List<TimeExpression> times,
                           List<Amount> amounts, List<Quotation> quotations, List<Event> events,
                           List<CitedMedium> citedMedia) {
}
