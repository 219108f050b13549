package org.corridor.benchmark.skills;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentFileTest {

    @Test
    void ten_thousand_rows_with_two_percent_bad_spread_through_the_file() {
        EnrolmentFile file = EnrolmentFile.generate(10_000, 0.02, "run1", 42);
        assertThat(file.rows()).isEqualTo(10_000);
        assertThat(file.badLines()).hasSize(200);
        assertThat(file.goodRows()).isEqualTo(9_800);
        assertThat(file.badLines().get(0)).isEqualTo(51);
        assertThat(file.badLines().get(199)).isEqualTo(10_001);
        List<String> lines = lines(file);
        assertThat(lines).hasSize(10_001);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + EnrolmentFile.HEADER);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(11));
    }

    @Test
    void each_bad_row_has_one_mistake_in_turn_and_good_rows_have_none() {
        EnrolmentFile file = EnrolmentFile.generate(500, 0.02, "run2", 1);
        List<String> lines = lines(file);
        List<String> bad = file.badLines().stream().map(line -> lines.get(line - 1)).toList();
        assertThat(bad.get(0).split(";", -1)[1]).isEqualTo("31/12/1990");
        assertThat(bad.get(1).split(";", -1)[6]).isEmpty();
        assertThat(bad.get(2).split(";", -1)[4]).isEqualTo("ROBOT");
        assertThat(bad.get(3).split(";", -1)[5]).isEqualTo("german");
        assertThat(bad.get(4).split(";", -1)[10]).isEqualTo("TRAINING SOMETHING");
        for (int i = 1; i < lines.size(); i++) {
            if (!file.badLines().contains(i + 1)) {
                String[] good = lines.get(i).split(";", -1);
                assertThat(good[1]).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(good[6]).isIn("AWAY", "HOME");
                assertThat(good[10]).startsWith("TRAINING");
            }
        }
    }

    @Test
    void names_are_unique_to_the_run_and_quoted() {
        EnrolmentFile file = EnrolmentFile.generate(1000, 0, "abc", 3);
        List<String> names = lines(file).stream().skip(1).map(line -> line.split(";", -1)[0]).toList();
        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).startsWith("\"").endsWith("\"")
                .contains(" abc-"));
        assertThat(file.badLines()).isEmpty();
        assertThat(file.goodRows()).isEqualTo(1000);
    }

    @Test
    void nonsense_sizes_are_refused() {
        assertThatThrownBy(() -> EnrolmentFile.generate(0, 0.02, "x", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnrolmentFile.generate(10, 1, "x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> lines(EnrolmentFile file) {
        return Arrays.asList(new String(file.bytes(), StandardCharsets.UTF_8).split("\n"));
    }
}
