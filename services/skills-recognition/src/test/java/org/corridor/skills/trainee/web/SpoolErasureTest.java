package org.corridor.skills.trainee.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpoolErasureTest {

    @TempDir
    Path directory;

    @Test
    void an_erased_persons_lines_are_blanked_in_place_keeping_every_other_line_and_every_offset() throws Exception {
        String csv = "fullName;birthDate;phone\r\n\"Santos, María\";1998-04-17;+63 917 555 0101\r\n"
                + "李小龍;1990-11-27;\r\n\"Santos, María\";1998-04-17;\n";
        Path spool = directory.resolve("import.csv");
        Files.writeString(spool, csv, StandardCharsets.UTF_8);

        EnrolmentImports.blankLinesQuoting(spool, List.of("santos, maría"));

        String after = Files.readString(spool, StandardCharsets.UTF_8);
        assertThat(Files.size(spool)).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);
        assertThat(after).doesNotContain("María").doesNotContain("555 0101");
        List<String> lines = after.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("fullName;birthDate;phone");
        assertThat(lines.get(1)).isBlank();
        assertThat(lines.get(2)).isEqualTo("李小龍;1990-11-27;");
        assertThat(lines.get(3)).isBlank();
    }

    @Test
    void a_refusal_quotes_a_value_whatever_its_case() {
        assertThat(EnrolmentImportStore.quotes("has the wrong value '+63 917 555 0101'", List.of("+63 917 555 0101")))
                .isTrue();
        assertThat(EnrolmentImportStore.quotes("must be a date as YYYY-MM-DD", List.of("+63 917 555 0101"))).isFalse();
    }
}
