package org.corridor.permits.testing;

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

/** Access tokens for the roles that work here, shaped like the gateway's, with the {@code person} claim of workers. */
public final class PermitTokens {

    public static final String MANILA = "de-embassy-manila";
    public static final String OTHER_POST = "de-embassy-jakarta";

    private PermitTokens() {
    }

    public static String consulate(String post) {
        return bearer("officer-" + post, "CONSULATE", post, "DE", null);
    }

    public static String worker(String personId) {
        return bearer("worker-" + personId, "WORKER", "workers", "PH", personId);
    }

    public static String monitor() {
        return bearer("monitor-1", "MONITOR", "monitors", null, null);
    }

    public static String employer() {
        return bearer("employer-1", "EMPLOYER", "emp-3c9a1f20", "DE", null);
    }

    public static String bearer(String subject, String role, String organisation, String country, String person) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject).issuer("corridor-test")
                .claim("roles", List.of(role)).claim("org", organisation)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)));
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
