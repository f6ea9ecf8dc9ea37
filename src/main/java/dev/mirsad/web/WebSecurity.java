package dev.mirsad.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may use serve's HTTP port. Bound to loopback (the default, {@code server.address=127.0.0.1}), reads
 * are open to the machine's own users; bound anywhere else, every request needs the credential of
 * {@link ConsoleProperties}, and serve refuses to start without one. Anything but a read (the console's
 * actions) always needs it, and a CSRF token, which the console's forms carry.
 */
@Configuration
public class WebSecurity {

    /** The one user, when a password is set; none otherwise (and no generated password is printed). */
    @Bean
    public UserDetailsService consoleUsers(ConsoleProperties console) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (console.hasPassword()) {
            users.createUser(User.withUsername(console.user())
                    .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(console.password()))
                    .roles("OPERATOR").build());
        }
        return users;
    }

    @Bean
    @ConditionalOnWebApplication
    public SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleProperties console,
                                               @Value("${server.address:}") String address) throws Exception {
        boolean loopback = isLoopback(address);
        if (!loopback && !console.hasPassword()) {
            throw new UnsecuredPortException(address);
        }
        http.authorizeHttpRequests(requests -> {
            // A refusal is rendered by /error: it must not be refused in turn (a 403 would become a 401).
            requests.requestMatchers("/error").permitAll();
            if (loopback) {
                requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
            }
            requests.anyRequest().authenticated();
        });
        // Browsers sign in on Spring Security's own page; scrapers and scripts send HTTP Basic.
        http.formLogin(form -> form.permitAll());
        http.httpBasic(Customizer.withDefaults());
        return http.build();
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
