package dev.mirsad.text;

/** Cleans raw document text for extraction. Deterministic, thread-safe. */
public final class TextCleaner {

    public String clean(String raw) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
