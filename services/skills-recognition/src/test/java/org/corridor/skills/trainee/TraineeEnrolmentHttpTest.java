package org.corridor.skills.trainee;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
public class TraineeEnrolmentHttpTest {

    /** A scheme of the Philippines and Germany; {@code %d} places on the away track, 5 at home. */
    public static final String SCHEME = """
            {"name": "Philippines-Germany care workers", "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                              "requiredSkills": [{"skillCode": "care.basic", "label": "Basic care", "level": 3}]}],
             "quotas": [{"track": "AWAY", "places": %d}, {"track": "HOME", "places": 5}]}
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return new Api(http);
    }

    String scheme(int awayPlaces) {
        return (String) api().post("/schemes", SCHEME.formatted(awayPlaces), TestTokens.schemeAdmin()).getBody()
                .get("schemeId");
    }

    public static String person(String schemeId, String name, String birthDate, String track) {
        return """
                {"schemeId": "%s", "fullName": "%s", "birthDate": "%s", "phone": "+63 917 555 0101",
                 "email": "someone@example.org", "gender": "FEMALE",
                 "languages": [{"language": "de", "level": "A2"}], "track": "%s", "iscoCode": "5321",
                 "trainingProvider": "tesda-manila", "consentPurposes": ["TRAINING", "RECOGNITION", "PLACEMENT"]}
                """.formatted(schemeId, name, birthDate, track);
    }

    String enrol(String schemeId, String name) {
        ResponseEntity<Map> created = api().post("/trainees", person(schemeId, name, "1998-04-17", "AWAY"),
                Tokens.manilaAgency());
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("personId");
    }

    @Test
    void an_enrolled_trainee_is_readable_by_the_agency_and_the_person_and_sealed_in_the_event_store() {
        String schemeId = scheme(10);
        String name = "Maria Santos " + UUID.randomUUID();
        String personId = enrol(schemeId, name);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/trainees/" + personId, Tokens.manilaAgency()).getBody())
                        .containsEntry("fullName", name).containsEntry("status", "ENROLLED"));
        assertThat(api().get("/trainees/" + personId, Tokens.worker(personId)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().get("/trainees/" + personId, Tokens.provider("tesda-manila")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<String> stored = jdbc.queryForList("select payload from DomainEventEntry where aggregateIdentifier = ?",
                byte[].class, personId).stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertThat(stored).isNotEmpty().noneMatch(p -> p.contains(name) || p.contains("1998-04-17")
                || p.contains("555 0101") || p.contains("someone@example.org"));
    }

    @Test
    void an_agency_cannot_read_a_trainee_another_agency_enrolled_nor_a_worker_another_worker() {
        String schemeId = scheme(10);
        String personId = enrol(schemeId, "Jose Rizal " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/trainees/" + personId, Tokens.manilaAgency()).getStatusCode()).isEqualTo(HttpStatus.OK));

        assertThat(api().get("/trainees/" + personId, Tokens.agency("agency-cebu", "PH")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().get("/trainees/" + personId, Tokens.worker("someone-else")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().get("/trainees/" + personId + "/timeline", Tokens.worker("someone-else")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> withdraw = api().post("/trainees/" + personId + "/consent-withdrawals",
                "{\"purposes\": []}", Tokens.agency("agency-cebu", "PH"));
        assertThat(withdraw.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withdraw.getBody()).containsEntry("rule", "acts-only-on-its-own-trainees");
        Map<String, Object> page = api().get("/trainees?schemeId=" + schemeId, Tokens.agency("agency-cebu", "PH")).getBody();
        assertThat(((Number) page.get("total")).intValue()).isZero();
    }

    @Test
    void the_same_person_is_refused_a_second_enrolment_whatever_the_spacing_and_case_of_the_name() {
        String schemeId = scheme(10);
        String name = "Ana Reyes " + UUID.randomUUID();
        enrol(schemeId, name);
        ResponseEntity<Map> again = api().post("/trainees",
                person(schemeId, "  " + name.toUpperCase().replace(" ", "  ") + " ", "1998-04-17", "HOME"),
                Tokens.manilaAgency());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) again.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "fullName"));
    }

    @Test
    void enrolment_respects_the_quota_of_the_track_and_a_refused_enrolment_leaves_nothing_behind() {
        String schemeId = scheme(1);
        enrol(schemeId, "First " + UUID.randomUUID());
        String second = "Second " + UUID.randomUUID();
        ResponseEntity<Map> full = api().post("/trainees", person(schemeId, second, "1990-01-01", "AWAY"),
                Tokens.manilaAgency());
        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) full.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "track"));
        // the refused person's identity was given back: they can be enrolled on the other track
        assertThat(api().post("/trainees", person(schemeId, second, "1990-01-01", "HOME"), Tokens.manilaAgency())
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void concurrent_enrolments_fill_the_quota_exactly_and_never_hang() throws Exception {
        String schemeId = scheme(10);
        java.util.concurrent.ExecutorService agencies = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = person(schemeId, "Rush " + i + " " + UUID.randomUUID(), "1992-02-02", "AWAY");
                answers.add(agencies.submit(() -> api().post("/trainees", body, Tokens.manilaAgency())));
            }
            List<HttpStatus> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
            }
            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(10);
            assertThat(statuses).filteredOn(HttpStatus.BAD_REQUEST::equals).hasSize(6);
        } finally {
            agencies.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/trainees?schemeId=" + schemeId, Tokens.manilaAgency()).getBody())
                        .containsEntry("total", 10));
    }

    @Test
    void only_an_agency_of_the_scheme_origin_enrols() {
        String schemeId = scheme(10);
        ResponseEntity<Map> vietnamese = api().post("/trainees", person(schemeId, "Nguyen " + UUID.randomUUID(),
                "1995-05-05", "AWAY"), Tokens.agency("agency-hanoi", "VN"));
        assertThat(vietnamese.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> employer = api().post("/trainees", "{}", TestTokens.bearer("e-1", "EMPLOYER", "employer-1", "DE"));
        assertThat(employer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        String schemeId = scheme(10);
        ResponseEntity<Map> future = api().post("/trainees", person(schemeId, "Future " + UUID.randomUUID(),
                "2999-01-01", "AWAY"), Tokens.manilaAgency());
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) future.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "birthDate"));
        assertThat(api().get("/trainees?schemeId=" + schemeId, Tokens.manilaAgency()).getBody())
                .containsEntry("total", 0);
    }

    @Test
    void withdrawn_consent_and_erasure_show_on_the_record_and_the_timeline_says_who_did_what() {
        String schemeId = scheme(10);
        String name = "Liza Cruz " + UUID.randomUUID();
        String personId = enrol(schemeId, name);
        assertThat(api().post("/trainees/" + personId + "/consent-withdrawals", "{\"purposes\": [\"PLACEMENT\"]}",
                Tokens.worker(personId)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api().post("/trainees/" + personId + "/erasure", "", Tokens.worker(personId)).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/trainees/" + personId, Tokens.manilaAgency()).getBody())
                        .containsEntry("status", "ERASED").doesNotContainKey("fullName"));
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) (List) http.exchange("/trainees/" + personId
                        + "/timeline", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(Api.headers(Tokens.manilaAgency())), List.class).getBody();
        assertThat(timeline).extracting(e -> e.get("what"))
                .containsExactly("TraineeEnrolled", "WorkerActivationIssued", "ConsentWithdrawn", "TraineeErased");
        assertThat(timeline.get(1)).containsEntry("role", "ORIGIN_AGENCY");
        assertThat(timeline.get(2)).containsEntry("role", "WORKER");
        // the same details enrol again as a new person: the identity index was removed with the person
        assertThat(api().post("/trainees", person(schemeId, name, "1998-04-17", "AWAY"), Tokens.manilaAgency())
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void a_monitor_sees_counts_with_cells_under_five_suppressed() {
        String schemeId = scheme(20);
        for (int i = 0; i < 6; i++) {
            enrol(schemeId, "Count " + i + " " + UUID.randomUUID());
        }
        api().post("/trainees", person(schemeId, "Home " + UUID.randomUUID(), "1990-01-01", "HOME"), Tokens.manilaAgency());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Map<String, Object>> counts = api().get("/schemes/" + schemeId + "/trainee-counts",
                    Tokens.monitor()).getBody();
            assertThat(counts.get("stage")).containsEntry("ENROLLED", 7);
            assertThat(counts.get("track")).containsEntry("AWAY", 6).containsEntry("HOME", "suppressed");
        });
        assertThat(api().get("/schemes/" + schemeId + "/trainee-counts", TestTokens.schemeAdmin()).getBody()
                .get("track")).isEqualTo(Map.of("AWAY", 6, "HOME", 1));
        assertThat(api().get("/schemes/" + schemeId + "/trainee-counts", Tokens.manilaAgency()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
