package org.corridor.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractCatalogueTest {

    private static final Path EVENTS = Path.of("events");

    @Test
    void every_schema_has_an_example_that_meets_it() throws IOException {
        List<String> types = eventTypes();
        assertThat(types).isNotEmpty();
        for (String type : types) {
            assertThat(Contracts.violations(Contracts.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void every_event_type_is_in_the_catalogue() throws IOException {
        String catalogue = Files.readString(Path.of("catalogue.md"));
        for (String type : eventTypes()) {
            assertThat(catalogue).as("catalogue.md lists " + type).contains("`" + type + "`");
        }
    }

    @Test
    void a_payload_that_breaks_its_schema_is_named() {
        String broken = Contracts.example("skills-recognition.scheme-defined.v1")
                .replace("\"originCountry\": \"PH\"", "\"originCountry\": \"Philippines\"");
        assertThat(Contracts.violations(broken)).anySatisfy(v -> assertThat(v).contains("originCountry"));
        assertThatThrownBy(() -> Contracts.requireValid(broken)).isInstanceOf(Contracts.ContractViolation.class);
    }

    @Test
    void an_envelope_without_event_id_is_refused() {
        String broken = Contracts.example("skills-recognition.scheme-defined.v1")
                .replace("\"eventId\": \"5f0c2a4e-8b1d-4c39-9a57-0e7d9c1b2a31\",", "");
        assertThat(Contracts.violations(broken)).anySatisfy(v -> assertThat(v).contains("eventId"));
    }

    @Test
    void an_unknown_event_type_has_no_contract() {
        String unknown = Contracts.example("skills-recognition.scheme-defined.v1")
                .replace("skills-recognition.scheme-defined.v1", "skills-recognition.scheme-renamed.v1");
        assertThat(Contracts.violations(unknown)).contains("no contract for event type skills-recognition.scheme-renamed.v1");
    }

    private static List<String> eventTypes() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json") && !n.startsWith("envelope."))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .sorted().toList();
        }
    }
}
