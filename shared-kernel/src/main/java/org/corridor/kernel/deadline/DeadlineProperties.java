package org.corridor.kernel.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the persistent deadline scheduler runs in a service (docs/adr/0010-persistent-deadlines.md).
 *
 * @param enabled      runs JobRunr's background job server in this instance (default true). JobRunr's own
 *                     {@code jobrunr.background-job-server.enabled} defaults to false, which stores deadlines and never
 *                     fires them; the platform does not use that property.
 * @param pollInterval how often the scheduler looks for due deadlines (default and smallest 5 s, JobRunr's floor);
 *                     a deadline fires up to one interval late, and with two instances up to one interval early
 * @param workers      threads that execute due deadlines (default 2: the machines have two cores, JobRunr's default is
 *                     eight per core)
 * @param serverTimeoutMultiplier how many poll intervals an instance may stay silent before the others take it for
 *                     dead and one of them becomes master (default and smallest 4, so 20 s after a kill -9)
 */
@ConfigurationProperties("corridor.deadlines")
public record DeadlineProperties(Boolean enabled, Duration pollInterval, Integer workers,
                                 Integer serverTimeoutMultiplier) {

    static final Duration SHORTEST_POLL_INTERVAL = Duration.ofSeconds(5);

    public DeadlineProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? SHORTEST_POLL_INTERVAL : pollInterval;
        workers = workers == null ? 2 : workers;
        serverTimeoutMultiplier = serverTimeoutMultiplier == null ? 4 : serverTimeoutMultiplier;
        if (pollInterval.compareTo(SHORTEST_POLL_INTERVAL) < 0) {
            throw new IllegalArgumentException("corridor.deadlines.poll-interval must be at least 5 s (JobRunr's "
                    + "smallest), was " + pollInterval);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("corridor.deadlines.workers must be at least 1, was " + workers);
        }
        if (serverTimeoutMultiplier < 4) {
            throw new IllegalArgumentException("corridor.deadlines.server-timeout-multiplier must be at least 4 "
                    + "(JobRunr's smallest), was " + serverTimeoutMultiplier);
        }
    }

    /** How long after its last heartbeat a silent instance is taken for dead. */
    public Duration serverTimeout() {
        return pollInterval.multipliedBy(serverTimeoutMultiplier);
    }
}
