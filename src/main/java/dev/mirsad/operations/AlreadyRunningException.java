package dev.mirsad.operations;

/** A request refused because a night is running, or a crash left one marked running (exit code 6). */
public class AlreadyRunningException extends IllegalStateException {

    public AlreadyRunningException(String message) {
        super(message);
    }
}
