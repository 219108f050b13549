package org.corridor.kernel.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as the access token says: the user ({@code sub}), their roles ({@code roles}), the organisation
 * they act for ({@code org}), its country ({@code country}, ISO 3166 alpha-2) and, for a migrant worker, the person
 * id their records carry ({@code person}). Services scope every query and command by these claims; a controller
 * takes it as a method parameter, other code reads {@link #current()}.
 */
public record Caller(String userId, List<String> roles, String organisation, String country, String personId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANISATION_CLAIM = "org";
    public static final String COUNTRY_CLAIM = "country";
    public static final String PERSON_CLAIM = "person";

    public Caller {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a caller needs a user id (the token's sub claim)");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getClaimAsStringList(ROLES_CLAIM),
                jwt.getClaimAsString(ORGANISATION_CLAIM), jwt.getClaimAsString(COUNTRY_CLAIM),
                jwt.getClaimAsString(PERSON_CLAIM));
    }

    /** The caller of the request this thread is serving; refused as unauthenticated when there is no token. */
    public static Caller current() {
        return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "A valid bearer token is required"));
    }

    /** The caller of the request this thread is serving, if it carries a token. */
    public static Optional<Caller> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(of(jwt));
        }
        return Optional.empty();
    }

    /** Whether the token grants {@code role} (as written in the token, e.g. {@code EMPLOYER}, not {@code ROLE_EMPLOYER}). */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
