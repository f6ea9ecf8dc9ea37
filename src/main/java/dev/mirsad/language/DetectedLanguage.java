package dev.mirsad.language;

/** @param code ISO 639-1 (ckb for Sorani Kurdish), or "und" when unsure; confidence in 0..1 */
public record DetectedLanguage(String code, double confidence) {
}
