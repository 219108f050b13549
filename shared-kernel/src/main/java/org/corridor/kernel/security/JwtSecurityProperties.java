package org.corridor.kernel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How access tokens are checked: an HMAC-SHA256 secret shared with the embedded gateway, or the issuer URI of
 * an OpenID Connect provider in production. One of the two must be set.
 */
@ConfigurationProperties("corridor.security.jwt")
public record JwtSecurityProperties(String hmacSecret, String issuerUri) {
}
