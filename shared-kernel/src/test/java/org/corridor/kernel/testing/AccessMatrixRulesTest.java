package org.corridor.kernel.testing;

import org.corridor.kernel.testing.AccessMatrixConformance.Endpoint;
import org.corridor.kernel.testing.AccessMatrixConformance.Expected;
import org.corridor.kernel.testing.AccessMatrixConformance.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessMatrixRulesTest {

    static final Endpoint DEFINE = new Endpoint("POST", "/schemes");
    static final Endpoint READ = new Endpoint("GET", "/schemes/{schemeId}");

    @Test
    void an_endpoint_without_a_row_for_some_role_is_named_with_the_roles_missing() {
        List<Row> rows = new ArrayList<>(complete(DEFINE));
        rows.removeIf(row -> row.role().equals("WORKER") || row.role().equals("NONE"));

        assertThat(AccessMatrixConformance.missingRows(Set.of(DEFINE, READ), rows)).containsExactlyInAnyOrder(
                "POST /schemes: no row for NONE, WORKER",
                "GET /schemes/{schemeId}: no row for NONE, SCHEME_ADMIN, ORIGIN_AGENCY, TRAINING_PROVIDER, "
                        + "RECOGNITION_OFFICER, EMPLOYER, CONSULATE, WORKER, COUNSELLOR, MONITOR");
    }

    @Test
    void endpoints_with_a_row_for_no_token_and_every_role_are_complete() {
        List<Row> rows = new ArrayList<>(complete(DEFINE));
        rows.addAll(complete(READ));

        assertThat(AccessMatrixConformance.missingRows(Set.of(DEFINE, READ), rows)).isEmpty();
    }

    @Test
    void a_row_with_an_unknown_role_is_refused_naming_its_line(@TempDir Path directory) throws IOException {
        Path matrix = Files.writeString(directory.resolve("access-matrix.csv"),
                "method,path,role,expected\nGET,/schemes,NONE,UNAUTHENTICATED\nGET,/schemes,ADMIN,ALLOWED\n");

        assertThatThrownBy(() -> AccessMatrixConformance.read(matrix)).hasMessageContaining("line 3")
                .hasMessageContaining("unknown role ADMIN");
    }

    @Test
    void a_row_with_an_unknown_expectation_is_refused_naming_its_line(@TempDir Path directory) throws IOException {
        Path matrix = Files.writeString(directory.resolve("access-matrix.csv"),
                "method,path,role,expected\n# who may define\npost,/schemes,EMPLOYER,DENIED\n");

        assertThatThrownBy(() -> AccessMatrixConformance.read(matrix)).hasMessageContaining("line 3")
                .hasMessageContaining("ALLOWED, FORBIDDEN or UNAUTHENTICATED");
    }

    @Test
    void rows_are_read_with_their_method_in_capitals_and_comments_skipped(@TempDir Path directory) throws IOException {
        Path matrix = Files.writeString(directory.resolve("access-matrix.csv"),
                "method,path,role,expected\n# who may define\n\npost,/schemes,EMPLOYER,FORBIDDEN\n");

        assertThat(AccessMatrixConformance.read(matrix))
                .containsExactly(new Row(DEFINE, "EMPLOYER", Expected.FORBIDDEN, 4));
    }

    private static List<Row> complete(Endpoint endpoint) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(endpoint, "NONE", Expected.UNAUTHENTICATED, 0));
        TestTokens.ROLES.forEach(role -> rows.add(new Row(endpoint, role, Expected.ALLOWED, 0)));
        return rows;
    }
}
