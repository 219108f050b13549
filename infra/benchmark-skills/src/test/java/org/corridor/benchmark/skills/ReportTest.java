package org.corridor.benchmark.skills;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    static SkillsEnrolmentBenchmark.Result result(Duration complete, long p99, List<String> discrepancies) {
        Map<String, Percentiles> kinds = new LinkedHashMap<>();
        kinds.put("scheme + name", new Percentiles(400, 9000, 15000, p99, p99 + 1));
        return new SkillsEnrolmentBenchmark.Result(Instant.parse("2026-12-02T08:00:00Z"), "3.1 / 2.0 / 1.5",
                "4.0 / 2.5 / 1.6", "2 cores", 10_000, 9_800, 200, Duration.ofMillis(120), complete.minusSeconds(1),
                complete, 9_800, 200, 0, discrepancies, 10_000, new Percentiles(2000, 8000, 14000, p99, p99 + 1),
                kinds, 0, "--target http://localhost:18080", "");
    }

    @Test
    void the_section_names_the_targets_and_whether_each_was_met_and_the_load() {
        String md = Report.render(result(Duration.ofSeconds(21), 42_000, List.of()));
        assertThat(md).contains("| CSV of 10,000 rows (200 bad): upload to every good row shown by the trainee search "
                + "| 21.0 s | < 30 s | yes |");
        assertThat(md).contains("p99 over 2,000 searches, 10,000 trainees in the scheme | 42.0 ms | < 100 ms | yes |");
        assertThat(md).contains("load average 3.1 / 2.0 / 1.5 before").contains("| scheme + name | 400 | 9.0 ms | 42.0 ms |");
        assertThat(md).contains("corridor-benchmark-skills.jar --target http://localhost:18080");
    }

    @Test
    void contention_is_claimed_only_when_the_load_was_above_the_cores() {
        assertThat(Report.contended("3.1 / 2.0 / 1.5", 2)).isTrue();
        assertThat(Report.contended("1.69 / 2.72 / 4.06", 2)).isFalse();
        assertThat(Report.contended("unknown", 2)).isTrue();
    }

    @Test
    void the_command_line_quotes_arguments_with_spaces() {
        assertThat(SkillsEnrolmentBenchmark.commandLine(List.of("--target", "http://x", "--note", "a `b` it's")))
                .isEqualTo("--target http://x --note 'a `b` it'\\''s'");
    }

    @Test
    void a_missed_target_or_a_discrepancy_is_shown_as_not_met() {
        String md = Report.render(result(Duration.ofSeconds(45), 150_000, List.of()));
        assertThat(md).contains("| 45.0 s | < 30 s | **no** |").contains("| 150.0 ms | < 100 ms | **no** |");
        assertThat(Report.render(result(Duration.ofSeconds(10), 1000, List.of("enrolled 9700 of 9800 good rows"))))
                .contains("| 10.0 s | < 30 s | **no** |").contains("discrepancies: enrolled 9700 of 9800 good rows");
    }

    @Test
    void the_section_replaces_its_earlier_self_between_the_markers_or_is_appended() {
        String first = Section.replace("# Benchmarks\n\nother text\n", "A");
        assertThat(first).isEqualTo("# Benchmarks\n\nother text\n\n" + Section.BEGIN + "\nA\n" + Section.END + "\n");
        String second = Section.replace(first + "\n<!-- benchmark:other:begin -->\nB\n<!-- benchmark:other:end -->\n", "C");
        assertThat(second).contains(Section.BEGIN + "\nC\n" + Section.END).doesNotContain("\nA\n")
                .contains("<!-- benchmark:other:begin -->\nB\n");
    }

    @Test
    void the_search_mix_covers_every_kind_of_query_within_a_scheme() {
        SearchMix mix = new SearchMix("s-1", List.of("Santos", "محمد"), 1);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            SearchMix.Query q = mix.next();
            assertThat(q.queryString()).startsWith("schemeId=s-1").contains("&size=20").contains("&sort=");
            kinds.merge(q.kind(), 1, Integer::sum);
        }
        assertThat(kinds).containsOnlyKeys("scheme, pages", "scheme + status", "scheme + track", "scheme + occupation",
                "scheme + name", "track + occupation + status, by name");
    }
}
