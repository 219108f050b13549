package org.corridor.permits.application.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The destination's immigration system and how hard the service tries to reach it.
 *
 * @param baseUrl           where its API is ({@code CORRIDOR_IMMIGRATION_URL})
 * @param timeout           longest wait for one call, answer included (default 10 s)
 * @param connectTimeout    longest wait for a connection (default 2 s)
 * @param attemptsPerRound  calls in one round before the lodgement goes back to the queue (default 3)
 * @param firstRetryAfter   the wait before the first new round; doubles each round (default 30 s)
 * @param longestRetryAfter the longest wait between rounds (default 15 min)
 * @param pollInterval      how often the queue is looked at (default 1 s)
 * @param concurrentCalls   bulkhead: calls in flight at once (default 4)
 * @param lease             how long an instance holds a lodgement it is sending; after a crash another instance (or
 *                          the restarted one) takes it up once this has passed (default 60 s)
 * @param statusEvery       how often a lodged case's status is asked for until the immigration system has decided it
 *                          (default 1 h; {@code CORRIDOR_IMMIGRATION_STATUS_EVERY}); a failed check is asked again
 *                          after {@link #retryAfter(int)}
 */
@ConfigurationProperties("corridor.permits.immigration")
public record ImmigrationSettings(String baseUrl, Duration timeout, Duration connectTimeout, Integer attemptsPerRound,
                                  Duration firstRetryAfter, Duration longestRetryAfter, Duration pollInterval,
                                  Integer concurrentCalls, Duration lease, Duration statusEvery) {

    public ImmigrationSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8090" : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        attemptsPerRound = attemptsPerRound == null ? 3 : attemptsPerRound;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofSeconds(30) : firstRetryAfter;
        longestRetryAfter = longestRetryAfter == null ? Duration.ofMinutes(15) : longestRetryAfter;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        concurrentCalls = concurrentCalls == null ? 4 : concurrentCalls;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        statusEvery = statusEvery == null ? Duration.ofHours(1) : statusEvery;
    }

    /** The wait before round {@code round} (1 = after the first failed round): doubling, capped. */
    Duration retryAfter(int round) {
        Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(Math.max(round - 1, 0), 20));
        return wait.compareTo(longestRetryAfter) > 0 ? longestRetryAfter : wait;
    }
}
