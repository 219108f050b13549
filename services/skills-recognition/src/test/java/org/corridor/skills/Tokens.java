package org.corridor.skills;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Bearer tokens for each role of this service, shaped like the gateway's (sub, roles, org, country, person). */
public final class Tokens {

    private Tokens() {
    }

    public static String agency(String org, String country) {
        return bearer("clerk-" + org, "ORIGIN_AGENCY", org, country, null);
    }

    public static String manilaAgency() {
        return agency("agency-manila", "PH");
    }

    public static String worker(String personId) {
        return bearer("worker-" + personId, "WORKER", null, null, personId);
    }

    public static String provider(String org) {
        return bearer("trainer-" + org, "TRAINING_PROVIDER", org, "PH", null);
    }

    public static String officer(String country) {
        return bearer("officer-" + country, "RECOGNITION_OFFICER", "authority-" + country, country, null);
    }

    public static String monitor() {
        return bearer("monitor-1", "MONITOR", "observatory", null, null);
    }

    public static String bearer(String subject, String role, String org, String country, String person) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("corridor-test")
                .claim("roles", List.of(role))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (org != null) {
            claims.claim("org", org);
        }
        if (country != null) {
            claims.claim("country", country);
        }
        if (person != null) {
            claims.claim("person", person);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(EmbeddedInfrastructure.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }
}
