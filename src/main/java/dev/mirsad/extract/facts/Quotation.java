package dev.mirsad.extract.facts;

/**
 * A direct quotation; offsets cover the quoted words without the marks.
 *
 * @param speaker the speaking person or organization, null where anonymous or unknown
 * @param speakerName the speaker as named (or described, for anonymous sources)
 * @param cue the reporting verb as written
 */
public record Quotation(EntityRef speaker, String speakerName, String cue, String text, int start, int end) {
}
