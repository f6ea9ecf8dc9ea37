package dev.mirsad.language;

/** Tells the language of a cleaned text. Deterministic, thread-safe. */
public final class LanguageDetector {

    public DetectedLanguage detect(String text) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
