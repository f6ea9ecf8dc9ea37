package dev.mirsad.extract;

import java.time.LocalDate;

/**
 * Extracts facts from one article's cleaned text. Built once (lexicons load in the constructor),
 * then thread-safe and deterministic.
 */
public final class FactExtractor {

    /** Stored with every fact; raise it whenever a change can alter what is extracted. */
    public static final String VERSION = "1";

    /**
     * @param language ISO 639-1 code of the text (extraction is Arabic-first; other languages may yield little)
     * @param publishedOn the article's own date from its metadata, or null: relative dates resolve only against it
     */
    public ArticleFacts extract(String cleanedText, String language, LocalDate publishedOn) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
