package org.corridor.permits.application.web;

import org.springframework.security.oauth2.jwt.Jwt;

/** What an access token says about who calls: the post a consular officer acts for, the person a worker is. */
final class CallerClaims {

    private CallerClaims() {
    }

    static String post(Jwt token) {
        return token.getClaimAsString("org");
    }

    static String person(Jwt token) {
        return token.getClaimAsString("person");
    }

    static boolean hasRole(Jwt token, String role) {
        var roles = token.getClaimAsStringList("roles");
        return roles != null && roles.contains(role);
    }
}
