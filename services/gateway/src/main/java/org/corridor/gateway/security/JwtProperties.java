package org.corridor.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How bearer tokens are checked, with the same keys as the services: an HMAC-SHA256 secret
 * ({@code CORRIDOR_JWT_SECRET}, embedded mode) or an OpenID Connect issuer ({@code CORRIDOR_JWT_ISSUER_URI},
 * production). Exactly one must be set.
 */
@ConfigurationProperties("corridor.security.jwt")
public record JwtProperties(String hmacSecret, String issuerUri) {

    public boolean embeddedMode() {
        return StringUtils.hasText(hmacSecret);
    }

    public boolean issuerMode() {
        return StringUtils.hasText(issuerUri);
    }
}
