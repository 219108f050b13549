package org.corridor.identity.signin;

import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;
import java.util.List;

/**
 * Who signed in, with what their tokens will carry: {@code sub} (the account's stable subject, not its user name),
 * {@code roles}, {@code org}, {@code country} and {@code person}.
 */
public record SignedInAccount(String username, String subject, List<String> roles, String organisation,
                              String country, String person) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return subject;
    }
}
