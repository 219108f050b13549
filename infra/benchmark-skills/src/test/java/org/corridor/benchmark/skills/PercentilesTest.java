package org.corridor.benchmark.skills;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearest_rank_reports_values_that_were_observed() {
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
        Percentiles p = Percentiles.of(samples);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50Micros()).isEqualTo(50);
        assertThat(p.p90Micros()).isEqualTo(90);
        assertThat(p.p99Micros()).isEqualTo(99);
        assertThat(p.maxMicros()).isEqualTo(100);
    }

    @Test
    void one_slow_search_in_a_hundred_and_one_shows_in_the_p99() {
        long[] samples = LongStream.concat(LongStream.generate(() -> 1000).limit(99), LongStream.of(500_000, 600_000))
                .toArray();
        assertThat(Percentiles.of(samples).p99Micros()).isEqualTo(500_000);
        assertThat(Percentiles.of(new long[]{7}).p99Micros()).isEqualTo(7);
        assertThat(Percentiles.of(new long[0]).count()).isZero();
    }

    @Test
    void figures_read_in_milliseconds() {
        assertThat(Percentiles.millis(12_345)).isEqualTo("12.3 ms");
    }
}
