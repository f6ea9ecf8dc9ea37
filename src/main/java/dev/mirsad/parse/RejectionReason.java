package dev.mirsad.parse;

/** Stable codes for why an input file could not be taken; BI tools group by them. */
public enum RejectionReason {
    UNREADABLE, UNSUPPORTED_TYPE, EMPTY_TEXT, TOO_LARGE, PARSE_TIMEOUT, ENCRYPTED, CORRUPT,
    /** The file's bytes differ from the manifest's hash: it changed after the scan; the next night takes it. */
    CHANGED_SINCE_SCAN
}
