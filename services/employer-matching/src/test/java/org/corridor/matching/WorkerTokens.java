package org.corridor.matching;

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

/** A worker's access token: like the gateway's, with the {@code person} claim a worker's records carry. */
public final class WorkerTokens {

    private WorkerTokens() {
    }

    public static String worker(String personId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("user-" + personId)
                .issuer("corridor-test")
                .claim("roles", List.of("WORKER"))
                .claim("org", "workers")
                .claim("country", "PH")
                .claim("person", personId)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(EmbeddedInfrastructure.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }
}
