package org.corridor.kernel.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinePropertiesTest {

    @Test
    void by_default_the_scheduler_runs_polls_every_5_seconds_with_2_workers_and_takes_a_silent_instance_for_dead_after_20_seconds() {
        DeadlineProperties defaults = new DeadlineProperties(null, null, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.workers()).isEqualTo(2);
        assertThat(defaults.serverTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void a_poll_interval_under_5_seconds_is_refused() {
        assertThatThrownBy(() -> new DeadlineProperties(true, Duration.ofSeconds(4), 2, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corridor.deadlines.poll-interval");
    }

    @Test
    void a_server_timeout_under_4_poll_intervals_is_refused() {
        assertThatThrownBy(() -> new DeadlineProperties(true, Duration.ofSeconds(5), 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corridor.deadlines.server-timeout-multiplier");
    }

    @Test
    void no_workers_is_refused() {
        assertThatThrownBy(() -> new DeadlineProperties(true, Duration.ofSeconds(5), 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corridor.deadlines.workers");
    }
}
