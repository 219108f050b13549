package org.corridor.benchmark.measure;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    @Test
    void percentiles_are_observed_samples_by_nearest_rank() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        Summary summary = Summary.of(oneToHundred);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Micros()).isEqualTo(50);
        assertThat(summary.p99Micros()).isEqualTo(99);
        assertThat(summary.maxMicros()).isEqualTo(100);
    }

    @Test
    void the_p99_of_few_samples_is_the_largest() {
        Summary summary = Summary.of(new long[] {3, 1, 2});

        assertThat(summary.p50Micros()).isEqualTo(2);
        assertThat(summary.p99Micros()).isEqualTo(3);
    }

    @Test
    void unobserved_samples_rank_above_every_observed_one() {
        long[] observed = LongStream.rangeClosed(1, 98).toArray();

        Summary summary = Summary.of(observed, 2);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Micros()).isEqualTo(50);
        assertThat(summary.p99Micros()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.unobserved()).isEqualTo(2);
    }

    @Test
    void no_samples_is_an_empty_summary() {
        assertThat(Summary.of(new long[0]).isEmpty()).isTrue();
    }
}
