package org.corridor.gateway.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/** Picks how tokens are verified, and refuses to start when that is unclear or unsafe. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class TokenVerificationConfiguration {

    static final int MINIMUM_SECRET_BYTES = 32;

    @Bean
    JwtDecoder jwtDecoder(JwtProperties jwt) {
        if (jwt.embeddedMode() && jwt.issuerMode()) {
            throw new GatewayConfigurationException(
                    "Both CORRIDOR_JWT_SECRET and CORRIDOR_JWT_ISSUER_URI are set, so it is unclear which tokens "
                            + "the gateway should trust.",
                    "Set exactly one: CORRIDOR_JWT_SECRET for embedded mode, or CORRIDOR_JWT_ISSUER_URI for an "
                            + "OpenID Connect issuer in production.");
        }
        if (jwt.embeddedMode()) {
            return hmacDecoder(jwt.hmacSecret());
        }
        if (jwt.issuerMode()) {
            // Discovery happens at the first token (and again until it succeeds), so the gateway starts while the
            // issuer is down; IssuerUnavailableFilter answers 503 meanwhile.
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
                decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
                return decoder;
            });
        }
        throw new GatewayConfigurationException(
                "The gateway has no way to check access tokens: neither CORRIDOR_JWT_SECRET nor "
                        + "CORRIDOR_JWT_ISSUER_URI is set.",
                "Set CORRIDOR_JWT_SECRET (an HMAC-SHA256 secret of at least " + MINIMUM_SECRET_BYTES
                        + " bytes, embedded mode) or CORRIDOR_JWT_ISSUER_URI (the issuer URI of an OpenID Connect "
                        + "provider, production).");
    }

    private static JwtDecoder hmacDecoder(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MINIMUM_SECRET_BYTES) {
            throw new GatewayConfigurationException(
                    "CORRIDOR_JWT_SECRET is " + key.length + " bytes long; an HMAC-SHA256 key must have at least "
                            + MINIMUM_SECRET_BYTES + ".",
                    "Set CORRIDOR_JWT_SECRET to a random secret of at least " + MINIMUM_SECRET_BYTES
                            + " bytes, the same one the services use.");
        }
        // Expiry and not-before are checked (60 s skew); the shared secret is the trust anchor, as in the services.
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
