package org.corridor.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A Resilience4j rate limiter per client, each allowing {@code burst} requests per window of burst / rate. The
 * limiters live in a bounded Caffeine cache rather than Resilience4j's registry: clients come and go without end,
 * and a registry would keep every one of them (and a metric per client).
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class ClientRateLimits {

    private static final Duration MINIMUM_MEMORY = Duration.ofMinutes(1);

    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> limiters;

    public ClientRateLimits(RateLimitProperties properties) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.burst())
                .limitRefreshPeriod(properties.window())
                .timeoutDuration(Duration.ZERO) // refuse at once; a gateway thread must not wait for a permit
                .build();
        // Forgetting a client hands it a fresh burst, so remember it for a few windows after its last request.
        Duration memory = properties.window().multipliedBy(3);
        this.limiters = Caffeine.newBuilder()
                .maximumSize(properties.maxClients())
                .expireAfterAccess(memory.compareTo(MINIMUM_MEMORY) > 0 ? memory : MINIMUM_MEMORY)
                .build();
    }

    public Admission admit(String client) {
        AtomicRateLimiter limiter = limiters.get(client, key -> new AtomicRateLimiter("client", config));
        if (limiter.acquirePermission()) {
            return Admission.ADMITTED;
        }
        return Admission.refused(Duration.ofNanos(limiter.getDetailedMetrics().getNanosToWait()));
    }

    /** Whether a request may pass, and if not, how long the client should wait. */
    public record Admission(boolean admitted, Duration retryAfter) {

        static final Admission ADMITTED = new Admission(true, Duration.ZERO);

        static Admission refused(Duration retryAfter) {
            return new Admission(false, retryAfter);
        }

        /** Whole seconds for {@code Retry-After}, rounded up and never zero. */
        public long retryAfterSeconds() {
            long seconds = (retryAfter.toMillis() + 999) / 1000;
            return Math.max(1, seconds);
        }
    }
}
