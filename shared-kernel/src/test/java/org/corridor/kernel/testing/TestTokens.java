package org.corridor.kernel.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs access tokens with the test secret, shaped like the gateway's: {@code sub}, {@code roles}, {@code org}, {@code country}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String bearer(String subject, String role, String organisation, String country) {
        return "Bearer " + sign(subject, role, organisation, country, EmbeddedInfrastructure.TEST_JWT_SECRET);
    }

    public static String schemeAdmin() {
        return bearer("admin-1", "SCHEME_ADMIN", "scheme-admin", null);
    }

    public static String sign(String subject, String role, String organisation, String country, String secret) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("corridor-test")
                .claim("roles", List.of(role))
                .claim("org", organisation)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (country != null) {
            claims.claim("country", country);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
