package dev.mirsad.parse;

/** A file that cannot be ingested, with a stable reason code and a message for the operator. */
public final class DocumentRejectedException extends Exception {

    private final RejectionReason reason;

    public DocumentRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
