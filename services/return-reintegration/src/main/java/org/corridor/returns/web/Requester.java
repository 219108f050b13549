package org.corridor.returns.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/**
 * Who is calling, as the access token says: user ({@code sub}), role ({@code roles}), organisation ({@code org}),
 * country ({@code country}) and, for a worker, the person their records carry ({@code person}).
 */
public record Requester(String userId, List<String> roles, String organisation, String country, String personId) {

    public static Requester of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Requester(jwt.getSubject(), roles == null ? List.of() : roles, jwt.getClaimAsString("org"),
                jwt.getClaimAsString("country"), jwt.getClaimAsString("person"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The person a worker acts as; a worker token without one may do nothing here. */
    public String requirePerson() {
        if (personId == null || personId.isBlank()) {
            throw new AccessDeniedException("Your token names no person: sign in again as the worker");
        }
        return personId;
    }

    /** The country a counsellor works for; a counsellor token without one sees no case. */
    public String requireCountry() {
        if (country == null || country.isBlank()) {
            throw new AccessDeniedException("Your token names no country: ask your administrator to set it");
        }
        return country;
    }
}
