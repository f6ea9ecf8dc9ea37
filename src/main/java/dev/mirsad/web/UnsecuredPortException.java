package dev.mirsad.web;

/** serve was told to listen beyond this machine without a credential: a setting to fix, said in one line. */
public class UnsecuredPortException extends IllegalStateException {

    public UnsecuredPortException(String address) {
        super("serve would listen on " + (address.isBlank() ? "every address" : address) + ", beyond this machine,"
                + " without a credential: set MIRSAD_CONSOLE_PASSWORD (and optionally MIRSAD_CONSOLE_USER), or bind"
                + " to loopback with SERVER_ADDRESS=127.0.0.1");
    }
}
