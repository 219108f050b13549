package org.corridor.benchmark.permits;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarksSectionTest {

    @Test
    void the_first_run_appends_its_section_at_the_end_and_a_later_run_replaces_only_it() {
        String document = "# Benchmarks\n\nother figures\n";
        String first = BenchmarksSection.withSection(document, "## run 1\n");
        assertThat(first).isEqualTo("# Benchmarks\n\nother figures\n\n" + BenchmarksSection.BEGIN + "\n## run 1\n"
                + BenchmarksSection.END + "\n");

        String second = BenchmarksSection.withSection(first + "\nafter\n", "## run 2");
        assertThat(second).contains("## run 2").doesNotContain("## run 1").startsWith("# Benchmarks\n\nother figures")
                .endsWith(BenchmarksSection.END + "\n\nafter\n");
    }

    @Test
    void percentiles_and_rates_read_as_the_report_shows_them() {
        List<Long> waits = List.of(100L, 200L, 300L, 400L, 1_000L);
        assertThat(PermitLodgementBenchmark.percentile(waits, 50)).isEqualTo("0.3 s");
        assertThat(PermitLodgementBenchmark.percentile(waits, 99)).isEqualTo("1.0 s");
        assertThat(PermitLodgementBenchmark.rate(10_000, java.time.Duration.ofSeconds(400))).isEqualTo("25.0");
        assertThat(PermitLodgementBenchmark.applicationOf("pl-1")).startsWith("app-").hasSize(40);
    }
}
