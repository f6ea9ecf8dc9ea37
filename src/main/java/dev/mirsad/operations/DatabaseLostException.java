package dev.mirsad.operations;

/** A night that lost its database and did not get it back within the wait (exit code 5: failed). */
public class DatabaseLostException extends RuntimeException {

    public DatabaseLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
