package org.corridor.returns;

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

/** Access tokens of the people who use this service, signed with the test secret. */
public final class Tokens {

    private Tokens() {
    }

    public static String worker(String person) {
        return bearer("worker-" + person, "WORKER", null, null, person);
    }

    public static String counsellor(String country) {
        return bearer("counsellor-" + country.toLowerCase(), "COUNSELLOR", "reintegration-" + country.toLowerCase(),
                country, null);
    }

    public static String employer(String organisation) {
        return bearer("employer-user-" + organisation, "EMPLOYER", organisation, "DE", null);
    }

    public static String monitor() {
        return bearer("monitor-1", "MONITOR", "monitor", null, null);
    }

    public static String bearer(String subject, String role, String organisation, String country, String person) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("corridor-test")
                .claim("roles", List.of(role))
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
            jwt.sign(new MACSigner(EmbeddedInfrastructure.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }
}
