package org.corridor.benchmark.report;

import org.corridor.platform.BenchmarkSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    @Test
    void a_run_replaces_its_own_section_and_keeps_the_rest() {
        String document = "# Benchmarks\n\nIntro.\n\n" + BenchmarkSection.begin("embedded-default")
                + "\nold figures\n" + BenchmarkSection.end("embedded-default") + "\n\n## Findings\n\nKept.\n";

        String updated = BenchmarkSection.replace(document, "embedded-default", "new figures");

        assertThat(updated).contains("Intro.", "new figures", "## Findings\n\nKept.").doesNotContain("old figures");
    }

    @Test
    void a_section_not_there_yet_is_appended() {
        String updated = BenchmarkSection.replace("# Benchmarks\n\nIntro.\n", "second-run", "figures");

        assertThat(updated).startsWith("# Benchmarks\n\nIntro.\n\n" + BenchmarkSection.begin("second-run"));
    }

    @Test
    void times_are_shown_in_the_unit_that_reads_best() {
        assertThat(MarkdownReport.time(1_234)).isEqualTo("1.23 ms");
        assertThat(MarkdownReport.time(56_700)).isEqualTo("56.7 ms");
        assertThat(MarkdownReport.time(250_000)).isEqualTo("250 ms");
        assertThat(MarkdownReport.time(3_456_000)).isEqualTo("3.46 s");
        assertThat(MarkdownReport.time(Long.MAX_VALUE)).isEqualTo("longer than the wait");
    }
}
