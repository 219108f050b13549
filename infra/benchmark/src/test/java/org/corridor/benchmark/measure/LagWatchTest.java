package org.corridor.benchmark.measure;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LagWatchTest {

    private final Instant start = Instant.parse("2026-01-01T10:00:00Z");
    private final LagWatch watch = new LagWatch();

    @Test
    void counts_each_event_of_the_window_once_from_its_timestamp() {
        watch.open(start);
        watch.observe("e1", start.plusMillis(10), start.plusMillis(15));
        watch.observe("e1", start.plusMillis(10), start.plusMillis(900));
        watch.observe("e2", start.plusMillis(20), start.plusMillis(40));

        Summary summary = watch.summary(2);

        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.p50Micros()).isEqualTo(5_000);
        assertThat(summary.p99Micros()).isEqualTo(20_000);
    }

    @Test
    void events_stamped_outside_the_window_belong_to_no_phase() {
        watch.open(start);
        watch.close(start.plusSeconds(1));
        watch.observe("before", start.minusMillis(1), start.plusMillis(5));
        watch.observe("after", start.plusSeconds(1), start.plusSeconds(2));
        watch.observe("inside", start.plusMillis(999), start.plusSeconds(3));

        assertThat(watch.observed()).isEqualTo(1);
    }

    @Test
    void events_never_observed_make_the_tail_unknown_rather_than_short() {
        watch.open(start);
        watch.observe("e1", start.plusMillis(1), start.plusMillis(2));

        Summary summary = watch.summary(3);

        assertThat(summary.unobserved()).isEqualTo(2);
        assertThat(summary.p99Micros()).isEqualTo(Long.MAX_VALUE);
    }
}
