package org.corridor.identity.throttle.command;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlePolicyTest {

    final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofSeconds(1), 10, Duration.ofMinutes(15),
            Duration.ofHours(1));
    final Instant at = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void the_first_failures_cost_nothing_then_the_wait_doubles_then_the_key_is_locked() {
        assertThat(policy.nextAttemptAfter(3, at)).isEqualTo(at);
        assertThat(policy.nextAttemptAfter(4, at)).isEqualTo(at.plusSeconds(1));
        assertThat(policy.nextAttemptAfter(5, at)).isEqualTo(at.plusSeconds(2));
        assertThat(policy.nextAttemptAfter(9, at)).isEqualTo(at.plusSeconds(32));
        assertThat(policy.locks(9)).isFalse();
        assertThat(policy.locks(10)).isTrue();
        assertThat(policy.nextAttemptAfter(10, at)).isEqualTo(at.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failures_are_forgotten_after_a_quiet_hour() {
        assertThat(policy.forgotten(at, at.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(policy.forgotten(at, at.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void a_policy_that_would_lock_before_it_slows_is_refused() {
        assertThatThrownBy(() -> new ThrottlePolicy(5, Duration.ofSeconds(1), 5, Duration.ofMinutes(1),
                Duration.ofHours(1))).hasMessageContaining("free-failures < lock-after");
    }
}
