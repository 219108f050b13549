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

/**
 * Signs access tokens with the test secret, shaped like the gateway's: {@code sub}, {@code roles}, {@code org},
 * {@code country} and, for workers, {@code person}. One method per role of the platform, taking the claims that
 * role is scoped by; {@link #forRole(String)} gives a token for any role with sample claims.
 */
public final class TestTokens {

    public static final List<String> ROLES = List.of("SCHEME_ADMIN", "ORIGIN_AGENCY", "TRAINING_PROVIDER",
            "RECOGNITION_OFFICER", "EMPLOYER", "CONSULATE", "WORKER", "COUNSELLOR", "MONITOR");

    private TestTokens() {
    }

    public static String bearer(String subject, String role, String organisation, String country) {
        return bearer(subject, role, organisation, country, null);
    }

    public static String bearer(String subject, String role, String organisation, String country, String person) {
        return "Bearer " + sign(subject, List.of(role), organisation, country, person,
                EmbeddedInfrastructure.TEST_JWT_SECRET);
    }

    /** Defines, amends and closes the schemes of {@code scheme-admin}. */
    public static String schemeAdmin() {
        return schemeAdmin("scheme-admin");
    }

    public static String schemeAdmin(String organisation) {
        return bearer("admin-1", "SCHEME_ADMIN", organisation, null);
    }

    /** A clerk of an origin agency, enrolling trainees in schemes whose origin is {@code country}. */
    public static String originAgency(String organisation, String country) {
        return bearer("clerk-1", "ORIGIN_AGENCY", organisation, country);
    }

    public static String trainingProvider(String organisation) {
        return bearer("trainer-1", "TRAINING_PROVIDER", organisation, null);
    }

    /** An officer of the competent authority of {@code country}, deciding recognition cases of its schemes. */
    public static String recognitionOfficer(String organisation, String country) {
        return bearer("officer-1", "RECOGNITION_OFFICER", organisation, country);
    }

    public static String employer(String organisation, String country) {
        return bearer("employer-user-1", "EMPLOYER", organisation, country);
    }

    /** A consular officer of the post {@code organisation}. */
    public static String consulate(String organisation, String country) {
        return bearer("consul-1", "CONSULATE", organisation, country);
    }

    /** A migrant worker, who sees only the records of {@code person}. */
    public static String worker(String person) {
        return bearer("worker-" + person, "WORKER", null, null, person);
    }

    public static String counsellor(String organisation, String country) {
        return bearer("counsellor-1", "COUNSELLOR", organisation, country);
    }

    public static String monitor() {
        return bearer("monitor-1", "MONITOR", "monitor", null);
    }

    /**
     * A platform operator's machine (a metrics scraper): reads the actuator beyond health, and no API endpoint. Not
     * among {@link #ROLES}, which are the roles of the people the services serve.
     */
    public static String operator() {
        return bearer("metrics-scraper", "OPERATOR", "platform-operations", null);
    }

    /** A token of {@code role} (one of {@link #ROLES}) with sample claims, as the access matrix sends. */
    public static String forRole(String role) {
        return switch (role) {
            case "SCHEME_ADMIN" -> schemeAdmin();
            case "ORIGIN_AGENCY" -> originAgency("agency-ph", "PH");
            case "TRAINING_PROVIDER" -> trainingProvider("provider-ph");
            case "RECOGNITION_OFFICER" -> recognitionOfficer("authority-de", "DE");
            case "EMPLOYER" -> employer("employer-de", "DE");
            case "CONSULATE" -> consulate("consulate-de-manila", "DE");
            case "WORKER" -> worker("person-1");
            case "COUNSELLOR" -> counsellor("reintegration-ph", "PH");
            case "MONITOR" -> monitor();
            default -> throw new IllegalArgumentException("No such role: " + role + "; the roles are " + ROLES);
        };
    }

    public static String sign(String subject, String role, String organisation, String country, String secret) {
        return sign(subject, List.of(role), organisation, country, null, secret);
    }

    public static String sign(String subject, List<String> roles, String organisation, String country, String person,
                              String secret) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("corridor-test")
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (organisation != null) {
            claims.claim("org", organisation);
        }
        if (country != null) {
            claims.claim("country", country);
        }
        if (person != null) {
            claims.claim("person", person);
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
