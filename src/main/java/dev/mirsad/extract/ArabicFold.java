package dev.mirsad.extract;

/** Folds Arabic spelling variants for matching; never applied to stored surface text. */
public final class ArabicFold {

    private ArabicFold() {
    }

    public static String fold(String text) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
