package dev.mirsad.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credential of serve's HTTP port, under {@code mirsad.console.*}.
 *
 * @param user     the user name HTTP Basic asks for
 * @param password required when the port is bound to anything but loopback ({@code MIRSAD_CONSOLE_PASSWORD});
 *                 never printed
 */
@ConfigurationProperties("mirsad.console")
public record ConsoleProperties(@DefaultValue("operator") String user, String password) {

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "ConsoleProperties[user=" + user + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
    }
}
