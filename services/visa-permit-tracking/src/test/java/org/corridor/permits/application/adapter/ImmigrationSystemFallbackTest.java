package org.corridor.permits.application.adapter;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallback says why nothing was lodged this round, in words the consulate reads on the application. */
class ImmigrationSystemFallbackTest {

    @Test
    void an_open_circuit_is_reported_as_calls_paused() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("test");
        breaker.transitionToOpenState();
        ImmigrationSystemClient.Outcome outcome = ImmigrationSystemClient.fallback(
                CallNotPermittedException.createCallNotPermittedException(breaker));
        assertThat(outcome.isLodged()).isFalse();
        assertThat(outcome.failure()).contains("circuit open");
    }

    @Test
    void a_timeout_and_a_refusal_say_what_happened() {
        assertThat(ImmigrationSystemClient.fallback(new TimeoutException()).failure()).isEqualTo("no answer in time");
        assertThat(ImmigrationSystemClient.fallback(
                new ImmigrationSystemClient.RefusedByImmigrationSystem(422, "passport expired")).failure())
                .isEqualTo("refused by the immigration system: HTTP 422 passport expired");
    }

    @Test
    void rounds_wait_twice_as_long_each_time_up_to_the_longest_wait() {
        ImmigrationSettings settings = new ImmigrationSettings(null, null, null, null, Duration.ofSeconds(30),
                Duration.ofMinutes(15), null, null, null, null);
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(10)).isEqualTo(Duration.ofMinutes(15));
    }
}
