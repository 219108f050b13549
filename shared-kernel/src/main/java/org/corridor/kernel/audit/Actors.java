package org.corridor.kernel.audit;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** Reads an {@link Actor} from a Corridor access token (claims {@code sub}, {@code roles}, {@code org}). */
public final class Actors {

    private Actors() {
    }

    public static Actor fromJwt(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String role = roles == null || roles.isEmpty() ? null : String.join(",", roles);
        return new Actor(jwt.getSubject(), role, jwt.getClaimAsString("org"));
    }
}
