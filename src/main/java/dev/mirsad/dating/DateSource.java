package dev.mirsad.dating;

import java.util.Locale;

/** Where an article's publication date was read, in the order they are tried by default. */
public enum DateSource {
    /** The document's own metadata (HTML meta tags, Office and PDF properties). */
    METADATA,
    /** A dateline at the head of the text: {@code بغداد - 24 شباط 2022}, {@code BAGHDAD, Feb 24 (Reuters) -}. */
    DATELINE,
    /** A date in the file's name or its folders under the input folder: {@code snn_20150721_…}, {@code 2015/07/21/…}. */
    PATH,
    /** A JSON file beside the article, named after it with {@code .json} added ({@code story.html.json}). */
    SIDECAR;

    /** As stored in {@code v_article.published_on_source}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
