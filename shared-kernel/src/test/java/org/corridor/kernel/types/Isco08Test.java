package org.corridor.kernel.types;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Isco08Test {

    @Test
    void the_structure_holds_436_unit_groups_of_which_433_are_outside_the_armed_forces() {
        assertThat(Isco08.unitGroups()).hasSize(433)
                .allSatisfy(u -> assertThat(u.code()).matches("[1-9][0-9]{3}"));
        assertThat(Isco08.title("5321")).contains("Health care assistants");
    }

    @Test
    void a_four_digit_code_that_is_no_isco_08_unit_group_is_refused() {
        for (String unknown : new String[]{"1000", "9999", "2220", "5300"}) {
            assertThatThrownBy(() -> OccupationCode.of(unknown))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> {
                        InvalidValueException invalid = (InvalidValueException) e;
                        assertThat(invalid.kind()).isEqualTo("occupation");
                        assertThat(invalid.rejectedValue()).isEqualTo(unknown);
                        assertThat(invalid.expected()).contains("unit group that exists");
                    });
        }
        assertThat(OccupationCode.of("9112").title()).isEqualTo("Cleaners and helpers in offices, hotels and other establishments");
    }

    @Test
    void a_title_with_a_comma_is_read_whole_from_its_quotes() {
        assertThat(Isco08.fields("0310,4,\"Armed forces occupations, other ranks\""))
                .containsExactly("0310", "4", "Armed forces occupations, other ranks");
        assertThat(Isco08.fields("1,2,\"say \"\"hi\"\"\"")).containsExactly("1", "2", "say \"hi\"");
    }

    @Test
    void a_search_by_code_prefix_finds_the_unit_groups_below_it() {
        assertThat(Isco08.search("532")).extracting(Isco08.UnitGroup::code).containsExactly("5321", "5322", "5329");
    }

    @Test
    void a_search_by_words_finds_titles_containing_every_word_as_a_word_start() {
        assertThat(Isco08.search("health care")).extracting(Isco08.UnitGroup::code).contains("5321")
                .doesNotContain("5311");
        assertThat(Isco08.search("CARE")).extracting(Isco08.UnitGroup::code).contains("5311", "5321", "5322");
        assertThat(Isco08.search("electric")).extracting(Isco08.UnitGroup::code).contains("7411");
        assertThat(Isco08.search("zzz")).isEmpty();
        assertThat(Isco08.search(" ")).hasSize(433);
    }
}
