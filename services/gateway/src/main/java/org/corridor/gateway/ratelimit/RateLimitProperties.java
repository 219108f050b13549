package org.corridor.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The per-client limit: on average {@code requestsPerSecond}, with up to {@code burst} at once. At most
 * {@code maxClients} clients are tracked; the least recently seen are forgotten first.
 */
@ConfigurationProperties("corridor.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("50") double requestsPerSecond,
                                  @DefaultValue("100") int burst,
                                  @DefaultValue("100000") int maxClients) {

    public RateLimitProperties {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("corridor.gateway.rate-limit.requests-per-second must be positive");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("corridor.gateway.rate-limit.burst must be at least 1");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("corridor.gateway.rate-limit.max-clients must be at least 1");
        }
    }

    /** The window in which a client may spend its burst: burst / rate, so the long-run rate is kept. */
    public Duration window() {
        return Duration.ofNanos(Math.round(burst / requestsPerSecond * 1_000_000_000d));
    }
}
