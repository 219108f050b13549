package org.corridor.permits.application.query;

import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PermitStatisticsTest {

    @Test
    void a_percentile_is_the_fewest_days_within_which_that_share_of_decisions_was_taken() {
        TreeMap<Long, Long> days = new TreeMap<>();
        days.put(3L, 50L);
        days.put(10L, 40L);
        days.put(45L, 9L);
        days.put(120L, 1L);
        assertThat(PermitStatistics.percentile(days, 100, 50)).isEqualTo(3);
        assertThat(PermitStatistics.percentile(days, 100, 90)).isEqualTo(10);
        assertThat(PermitStatistics.percentile(days, 100, 99)).isEqualTo(45);
        assertThat(PermitStatistics.percentile(days, 100, 100)).isEqualTo(120);
    }

    @Test
    void no_decisions_have_no_percentile() {
        assertThat(PermitStatistics.percentile(new TreeMap<>(), 0, 50)).isNull();
    }
}
