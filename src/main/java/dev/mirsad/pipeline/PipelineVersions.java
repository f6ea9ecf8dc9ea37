package dev.mirsad.pipeline;

/**
 * What made an article: stored with it, so a file whose content the same pipeline already ingested
 * is unchanged, and every fact says which extractor found it.
 *
 * @param pipeline the whole pipeline, raised whenever parsing, cleaning or language detection change
 *                 what they produce, and with the extractor
 * @param extractor the fact extractor's own version
 */
public record PipelineVersions(String pipeline, String extractor) {
}
