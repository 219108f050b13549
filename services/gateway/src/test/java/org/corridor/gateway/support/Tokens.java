package org.corridor.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Bearer tokens as the embedded platform signs them, and as an attacker might try. */
public final class Tokens {

    /** The secret in application-test.yml. */
    public static final String SECRET = "corridor-test-secret-0123456789abcdef";

    private Tokens() {
    }

    /** A fresh subject per test keeps the per-client rate limit of one test out of the others. */
    public static String newSubject() {
        return "person-" + UUID.randomUUID();
    }

    public static String valid(String subject) {
        return hmac(SECRET, subject, Instant.now().plus(Duration.ofMinutes(10)));
    }

    public static String valid() {
        return valid(newSubject());
    }

    /** An operators' machine (a metrics scraper), the only role that reads the actuator beyond health and info. */
    public static String operator() {
        try {
            return sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, null,
                    claims(newSubject(), Instant.now().plus(Duration.ofMinutes(10)))
                            .claim("roles", List.of("OPERATOR")).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A worker whose account is bound to {@code personId}. */
    public static String worker(String personId) {
        try {
            return sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, null,
                    claims(newSubject(), Instant.now().plus(Duration.ofMinutes(10)))
                            .claim("roles", List.of("WORKER")).claim("person", personId).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hmac(String secret, String subject, Instant expiresAt) {
        try {
            return sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, null,
                    claims(subject, expiresAt).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JWTClaimsSet.Builder claims(String subject, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of("SCHEME_ADMIN"));
    }

    public static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
