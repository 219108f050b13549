package org.corridor.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Access tokens for the people of a test the demo logins do not cover (a training provider, a recognition officer,
 * the enrolled worker with their own person id), signed with the key the launcher made for this data folder, exactly
 * as the gateway's login signs them (HS256 over the claims the services read: sub, roles, org, country, person).
 * It stands in for those people's own logins; it reads the key file an operator of the platform can read. It also
 * makes the tokens no door may accept: expired, signed with another key, and unsigned ({@code alg: none}).
 */
final class PlatformTokens {

    private final byte[] key;
    private final byte[] otherKey = "a-key-this-platform-never-signed-with-0123456789".getBytes(StandardCharsets.UTF_8);

    PlatformTokens(Path dataDir) throws IOException {
        this.key = Files.readString(dataDir.resolve("jwt-secret"), StandardCharsets.US_ASCII).trim()
                .getBytes(StandardCharsets.UTF_8);
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

    private static ObjectNode claims(String subject, String role, String organisation, String country, String person,
                                     long validForSeconds) {
        ObjectNode claims = Gateway.JSON.createObjectNode();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", "corridor-embedded").put("sub", subject).put("iat", now - 120)
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

    private static String signed(byte[] key, ObjectNode claims) {
        String signingInput = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
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
