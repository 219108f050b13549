package org.corridor.benchmark.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    @Test
    void a_run_replaces_its_own_section_and_keeps_the_rest() {
        String document = "# Benchmarks\n\nIntro.\n\n" + MarkdownReport.begin("embedded-default")
                + "\nold figures\n" + MarkdownReport.end("embedded-default") + "\n\n## Findings\n\nKept.\n";
        String block = MarkdownReport.begin("embedded-default") + "\nnew figures\n"
                + MarkdownReport.end("embedded-default") + "\n";

        String updated = MarkdownReport.replaceSection(document, "embedded-default", block);

        assertThat(updated).contains("Intro.", "new figures", "## Findings\n\nKept.").doesNotContain("old figures");
    }

    @Test
    void a_section_not_there_yet_is_appended() {
        String block = MarkdownReport.begin("second-run") + "\nfigures\n" + MarkdownReport.end("second-run") + "\n";

        String updated = MarkdownReport.replaceSection("# Benchmarks\n\nIntro.\n", "second-run", block);

        assertThat(updated).startsWith("# Benchmarks\n\nIntro.\n\n" + MarkdownReport.begin("second-run"));
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
