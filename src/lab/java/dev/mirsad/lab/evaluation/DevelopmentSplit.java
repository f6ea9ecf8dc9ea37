package dev.mirsad.lab.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which annotated articles are kept for development: never trained on, their errors never read, only their
 * scores. Decided by a hash of the article's name, so the split holds when a folder gains articles and
 * needs no list: about one article in five.
 */
public final class DevelopmentSplit {

    private static final int ONE_IN = 5;

    private DevelopmentSplit() {
    }

    /** @param baseName the article's file name without folder and extension */
    public static boolean isDevelopment(String baseName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(baseName.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0xFF) % ONE_IN == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
