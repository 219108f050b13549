package org.corridor.skills.access.web;

import org.corridor.skills.access.Acting;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.HashSet;
import java.util.List;

/** Reads the scope claims of an access token ({@code roles}, {@code org}, {@code country}, {@code person}). */
public final class Callers {

    private Callers() {
    }

    public static Acting acting(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Acting(roles == null ? null : new HashSet<>(roles), jwt.getClaimAsString("org"),
                jwt.getClaimAsString("country"), jwt.getClaimAsString("person"));
    }
}
