package org.corridor.gateway.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.corridor.gateway.security.GatewayConfigurationException;
import org.corridor.gateway.security.JwtProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs demo tokens with the embedded HMAC secret, so the gateway and every service accept them. */
@Component
@ConditionalOnDemoLogins
class DemoTokenIssuer {

    static final String ISSUER = "corridor-embedded";
    static final Duration LIFETIME = Duration.ofHours(1);

    private final MACSigner signer;
    private final Clock clock;

    @Autowired
    DemoTokenIssuer(JwtProperties jwt) {
        this(jwt, Clock.systemUTC());
    }

    DemoTokenIssuer(JwtProperties jwt, Clock clock) {
        if (!jwt.embeddedMode()) {
            throw new GatewayConfigurationException(
                    "CORRIDOR_DEMO_LOGINS is true, but demo tokens are signed with CORRIDOR_JWT_SECRET, which is "
                            + "not set: the gateway trusts an OpenID Connect issuer instead.",
                    "Demo logins belong to embedded mode: unset CORRIDOR_DEMO_LOGINS, or run with "
                            + "CORRIDOR_JWT_SECRET instead of CORRIDOR_JWT_ISSUER_URI.");
        }
        try {
            this.signer = new MACSigner(jwt.hmacSecret().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException("The HMAC secret cannot sign HS256 tokens", e);
        }
        this.clock = clock;
    }

    IssuedToken issue(DemoAccount account) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(account.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("roles", account.roles());
        if (account.org() != null) {
            claims.claim("org", account.org());
        }
        if (account.country() != null) {
            claims.claim("country", account.country());
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a demo token", e);
        }
        return new IssuedToken(token.serialize(), LIFETIME);
    }

    record IssuedToken(String value, Duration lifetime) {
    }
}
