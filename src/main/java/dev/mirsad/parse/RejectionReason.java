package dev.mirsad.parse;

/** Stable codes for why an input file could not be taken; BI tools group by them. */
public enum RejectionReason {
    UNREADABLE, UNSUPPORTED_TYPE, EMPTY_TEXT, TOO_LARGE, PARSE_TIMEOUT, ENCRYPTED, CORRUPT,
    /** The file changed after the scan (size or modification time); the next night takes it. */
    CHANGED_SINCE_SCAN,
    /** The path resolves (through a symbolic link) to a place outside every input folder; never opened. */
    OUTSIDE_INPUT,
    /** A FIFO, socket or device rather than a regular file; never opened. */
    NOT_A_FILE,
    /** The text is not language: mostly digits or symbols, no words, absurd word lengths. */
    NOT_TEXT
}
