package dev.mirsad.pipeline;

import dev.mirsad.language.DetectedLanguage;

/** An article's text cleaned and its language told: what extraction starts from. */
public record PreparedText(String cleanText, DetectedLanguage language) {
}
