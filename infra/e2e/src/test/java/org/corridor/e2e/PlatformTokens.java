package org.corridor.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Access tokens for the people of a test whose accounts a test does not set up one by one (many workers with their
 * own person ids, a role with sample claims per call), signed with the identity service's own key from this data
 * folder, exactly as the issuer signs them (RS256, its key id, its issuer URL, the claims the services read: sub,
 * roles, org, country, person). It reads the key file an operator of the platform can read; the demo accounts sign
 * in through the issuer's form instead ({@link SignIn}). It also makes the tokens no door may accept: expired,
 * signed with another key under the same key id, and unsigned ({@code alg: none}).
 */
final class PlatformTokens {

    private final String issuer;
    private final String keyId;
    private final PrivateKey key;
    private final PrivateKey otherKey;

    PlatformTokens(Path dataDir, String issuer) throws IOException {
        this.issuer = issuer;
        JsonNode jwk = Gateway.JSON.readTree(Files.readString(dataDir.resolve("identity").resolve("signing-key.jwk")));
        this.keyId = jwk.path("kid").asText();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            this.key = rsa.generatePrivate(new RSAPrivateCrtKeySpec(number(jwk, "n"), number(jwk, "e"),
                    number(jwk, "d"), number(jwk, "p"), number(jwk, "q"), number(jwk, "dp"), number(jwk, "dq"),
                    number(jwk, "qi")));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.otherKey = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the issuer's signing key", e);
        }
    }

    private static BigInteger number(JsonNode jwk, String member) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(member).asText()));
    }

    String token(String subject, String role, String organisation, String country, String person) {
        return signed(key, claims(subject, role, organisation, country, person, 3600));
    }

    /** A token of {@code role} with sample claims and a subject of its own (so rate limits stay per call). */
    String forRole(String role) {
        return signed(key, sample(role, 3600));
    }

    /** Signed with the platform's key, but expired ten minutes ago (beyond any clock-skew allowance). */
    String expired(String role) {
        return signed(key, sample(role, -600));
    }

    /** Well formed and current, but signed with a key the platform does not know. */
    String wronglySigned(String role) {
        return signed(otherKey, sample(role, 3600));
    }

    /** {@code alg: none}: claims and no signature, which no door may accept. */
    String unsigned(String role) {
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(sample(role, 3600).toString()) + ".";
    }

    private ObjectNode sample(String role, long validForSeconds) {
        String subject = role.toLowerCase() + "-" + UUID.randomUUID();
        return switch (role) {
            case "SCHEME_ADMIN" -> claims(subject, role, "scheme-admin", null, null, validForSeconds);
            case "ORIGIN_AGENCY" -> claims(subject, role, "agency-ph", "PH", null, validForSeconds);
            case "TRAINING_PROVIDER" -> claims(subject, role, "provider-ph", "PH", null, validForSeconds);
            case "RECOGNITION_OFFICER" -> claims(subject, role, "authority-de", "DE", null, validForSeconds);
            case "EMPLOYER" -> claims(subject, role, "employer-de", "DE", null, validForSeconds);
            case "CONSULATE" -> claims(subject, role, "de-embassy-manila", "DE", null, validForSeconds);
            case "WORKER" -> claims(subject, role, null, null, "person-" + subject, validForSeconds);
            case "COUNSELLOR" -> claims(subject, role, "reintegration-ph", "PH", null, validForSeconds);
            case "MONITOR" -> claims(subject, role, "monitor", null, null, validForSeconds);
            default -> throw new IllegalArgumentException("no such role: " + role);
        };
    }

    private ObjectNode claims(String subject, String role, String organisation, String country, String person,
                                     long validForSeconds) {
        ObjectNode claims = Gateway.JSON.createObjectNode();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", issuer).put("sub", subject).put("iat", now - 120)
                .put("exp", now + validForSeconds);
        claims.putArray("roles").add(role);
        if (organisation != null) {
            claims.put("org", organisation);
        }
        if (country != null) {
            claims.put("country", country);
        }
        if (person != null) {
            claims.put("person", person);
        }
        return claims;
    }

    private String signed(PrivateKey with, ObjectNode claims) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String signingInput = base64Url(header) + "." + base64Url(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(with);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String worker(String personId) {
        return token("worker-" + personId, "WORKER", null, null, personId);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
