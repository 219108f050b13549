package org.corridor.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.corridor.platform.IssuerTokens;

/**
 * Access tokens for the people of a test whose accounts a test does not set up one by one (many workers with their
 * own person ids, a role with sample claims per call), signed with the identity service's own key from this data
 * folder, exactly as the issuer signs them (RS256, its key id, its issuer URL, the claims the services read: sub,
 * roles, org, country, person). It reads the key file an operator of the platform can read; the demo accounts sign
 * in through the issuer's form instead ({@link SignIn}). It also makes the tokens no door may accept: expired,
 * signed with another key under the same key id, and unsigned ({@code alg: none}).
 */
final class PlatformTokens {

    private final IssuerTokens issuer;
    private final PrivateKey otherKey;

    PlatformTokens(Path dataDir, String issuerUrl) throws IOException {
        this.issuer = IssuerTokens.of(dataDir, issuerUrl);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.otherKey = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String token(String subject, String role, String organisation, String country, String person) {
        return issuer.sign(subject, List.of(role), organisation, country, person, Duration.ofHours(1));
    }

    /** A token of {@code role} with sample claims and a subject of its own (so rate limits stay per call). */
    String forRole(String role) {
        return signed(sample(role, 3600));
    }

    /** Signed with the platform's key, but expired ten minutes ago (beyond any clock-skew allowance). */
    String expired(String role) {
        return signed(sample(role, -600));
    }

    /** Well formed and current, but signed with a key the platform does not know, under the platform's key id. */
    String wronglySigned(String role) {
        return issuer.sign(otherKey, sample(role, 3600));
    }

    /** {@code alg: none}: claims and no signature, which no door may accept. */
    String unsigned(String role) {
        return IssuerTokens.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + IssuerTokens.base64Url(sample(role, 3600).toString()) + ".";
    }

    private String signed(ObjectNode claims) {
        return issuer.sign(claims);
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
        return issuer.claims(subject, List.of(role), organisation, country, person,
                Duration.ofSeconds(validForSeconds));
    }

    String worker(String personId) {
        return token("worker-" + personId, "WORKER", null, null, personId);
    }
}
