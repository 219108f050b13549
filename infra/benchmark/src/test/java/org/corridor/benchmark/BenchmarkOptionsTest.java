package org.corridor.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void sizes_and_durations_read_as_people_write_them() {
        BenchmarkOptions options = BenchmarkOptions.parse("--sizes", "10k,300_000", "--duration=500ms", "--keep-data");

        assertThat(options.sizes()).isEqualTo(List.of(10_000L, 300_000L));
        assertThat(options.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.keepData()).isTrue();
        assertThat(options.againstRunningPlatform()).isFalse();
    }

    @Test
    void a_misspelt_option_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--duraton", "20s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--duraton");
    }
}
