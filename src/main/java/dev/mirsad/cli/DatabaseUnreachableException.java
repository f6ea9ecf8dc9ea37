package dev.mirsad.cli;

import dev.mirsad.operations.DatabaseAddress;
import dev.mirsad.operations.DatabaseOutages;

/** The database did not answer when a command started (exit code 1). */
final class DatabaseUnreachableException extends RuntimeException {

    DatabaseUnreachableException(DatabaseAddress address, Throwable cause) {
        super("cannot reach the database at " + address + ": " + DatabaseOutages.causeOf(cause)
                + ". Check that the server runs and that SPRING_DATASOURCE_URL names it.", cause);
    }
}
