package org.corridor.returns.returncase;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.returns.Http;
import org.corridor.returns.StoredEvents;
import org.corridor.returns.Tokens;
import org.corridor.returns.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.returns.Http.assertNotFound;
import static org.corridor.returns.Http.assertRefused;

@CorridorServiceTest
class ReturnCaseHttpTest {

    static final String PERMITS = "visa-permit-tracking.events";
    static final String SKILLS = "skills-recognition.events";
    static final String PH_COUNSELLOR = Tokens.counsellor("PH");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    Http http;
    String person;

    @BeforeEach
    void setUp() {
        http = new Http(rest);
        person = "person-" + UUID.randomUUID();
    }

    static String permitEnded(String eventId, String applicationId, String person, String scheme) {
        String json = Contracts.example("visa-permit-tracking.permit-ended.v1")
                .replace("e53466c4-d77d-57bb-b256-5311abf16f80", eventId)
                .replace("app-5e6f7a8b", applicationId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", person)
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", scheme);
        Contracts.requireValid(json);
        return json;
    }

    String register(String scheme, String gender) {
        String body = """
                {"originCountry": "PH", "destinationCountry": "DE", "schemeId": "%s", "returnedOn": "%s"%s}
                """.formatted(scheme, LocalDate.now().minusDays(10), gender == null ? "" : ", \"gender\": \"" + gender + "\"");
        ResponseEntity<Map> created = http.post("/return-cases", Tokens.worker(person), body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("returnCaseId");
    }

    private List<Map<String, Object>> caseload(String token) {
        return (List<Map<String, Object>>) http.ok(http.get("/return-cases?size=200&status=OPEN", token)).get("items");
    }

    private Map<String, Object> awaitOwnCase() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<?>) http.ok(http.get("/return-cases/mine", Tokens.worker(person))).get("items")).hasSize(1));
        return ((List<Map<String, Object>>) http.ok(http.get("/return-cases/mine", Tokens.worker(person)))
                .get("items")).get(0);
    }

    @Test
    void a_permit_end_on_the_topic_opens_one_return_case_and_publishes_the_registered_return() {
        String application = "app-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Topics.send(PERMITS, application, permitEnded(eventId, application, person, "scheme-1"));
        Map<String, Object> opened = awaitOwnCase();
        assertThat(opened).containsEntry("openedBy", "PERMIT_ENDED").containsEntry("originCountry", "PH")
                .containsEntry("destinationCountry", "DE").containsEntry("returnedOn", "2029-08-14");
        String returnCaseId = (String) opened.get("returnCaseId");

        ConsumerRecord<String, String> registered = Topics.awaitRecord(Topics.OWN, returnCaseId,
                "return-reintegration.return-registered.v1");
        Contracts.requireValid(registered.value());
        assertThat(registered.value()).contains("\"personId\":\"" + person + "\"").contains("\"openedBy\":\"PERMIT_ENDED\"");

        // The same event again, then a resend of the same fact under a new event id: still one case.
        Topics.send(PERMITS, application, permitEnded(eventId, application, person, "scheme-1"));
        Topics.send(PERMITS, application, permitEnded(UUID.randomUUID().toString(), application, person, "scheme-1"));
        String sentinel = "person-" + UUID.randomUUID();
        Topics.send(PERMITS, application, permitEnded(UUID.randomUUID().toString(), "app-" + UUID.randomUUID(),
                sentinel, "scheme-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<?>) http.ok(http.get("/return-cases/mine", Tokens.worker(sentinel))).get("items")).hasSize(1));
        assertThat((List<?>) http.ok(http.get("/return-cases/mine", Tokens.worker(person))).get("items")).hasSize(1);
        assertThat(TopicRecords.embedded().now(Topics.OWN,
                Topics.event(returnCaseId, "return-reintegration.return-registered.v1"))).hasSize(1);
    }

    @Test
    void a_returnee_registers_a_return_and_a_counsellor_of_the_country_runs_the_plan_to_closure() {
        String id = register("scheme-1", "FEMALE");
        assertThat(http.ok(http.get("/return-cases/" + id, Tokens.worker(person))))
                .containsEntry("status", "OPEN").containsEntry("gender", "FEMALE");

        assertRefused(http.post("/return-cases/" + id + "/measures", PH_COUNSELLOR, """
                {"type": "JOB_PLACEMENT", "description": "Care home placement", "owner": "counsellor-ph",
                 "dueOn": "%s"}""".formatted(LocalDate.now().plusMonths(1))), "needs");
        http.ok(http.post("/return-cases/" + id + "/needs-assessment", PH_COUNSELLOR, """
                {"needs": [{"area": "EMPLOYMENT", "level": "URGENT", "note": "No work since return"},
                           {"area": "HEALTH", "level": "SOME", "note": "Back pain"}]}"""));
        Map<String, Object> planned = http.ok(http.post("/return-cases/" + id + "/measures", PH_COUNSELLOR, """
                {"type": "BUSINESS_START_UP", "description": "Sari-sari store", "owner": "DOLE-NRCO",
                 "dueOn": "%s", "grant": {"amount": "50000.00", "currency": "PHP"}}"""
                .formatted(LocalDate.now().plusMonths(2))));
        String measureId = (String) ((List<Map<String, Object>>) planned.get("measures")).get(0).get("measureId");
        assertRefused(http.post("/return-cases/" + id + "/closure", PH_COUNSELLOR, "{\"outcome\": \"REINTEGRATED\"}"),
                "measures");
        http.ok(http.post("/return-cases/" + id + "/measures/" + measureId + "/outcome", PH_COUNSELLOR,
                "{\"outcome\": \"COMPLETED\", \"note\": \"store open\"}"));
        Map<String, Object> closed = http.ok(http.post("/return-cases/" + id + "/closure", PH_COUNSELLOR,
                "{\"outcome\": \"REINTEGRATED\"}"));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "REINTEGRATED");
        assertThat((List<Map<String, Object>>) closed.get("needs")).extracting(n -> n.get("area"))
                .containsExactly("EMPLOYMENT", "HEALTH");
        assertThat((List<Map<String, Object>>) closed.get("measures")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("outcome", "COMPLETED").containsEntry("type",
                        "BUSINESS_START_UP"));
        assertThat(http.ok(http.get("/return-cases/" + id, Tokens.worker(person)))).containsEntry("status", "CLOSED");
        // Gender, needs and notes are sealed with the returnee's key in the store.
        assertThat(StoredEvents.of(dataSource, id)).allSatisfy(payload -> assertThat(payload)
                .doesNotContain("FEMALE").doesNotContain("Back pain").doesNotContain("store open"));
    }

    @Test
    void a_returnee_cannot_read_another_returnees_case() {
        String id = register("scheme-1", null);
        assertNotFound(http.get("/return-cases/" + id, Tokens.worker("person-" + UUID.randomUUID())));
    }

    @Test
    void a_counsellor_of_another_country_neither_reads_nor_runs_nor_lists_the_case() {
        String id = register("scheme-1", null);
        assertNotFound(http.get("/return-cases/" + id, Tokens.counsellor("DE")));
        assertNotFound(http.post("/return-cases/" + id + "/needs-assessment", Tokens.counsellor("DE"),
                "{\"needs\": [{\"area\": \"EMPLOYMENT\", \"level\": \"URGENT\"}]}"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseload(PH_COUNSELLOR))
                .anySatisfy(c -> assertThat(c).containsEntry("returnCaseId", id)));
        assertThat(caseload(Tokens.counsellor("DE"))).noneSatisfy(c -> assertThat(c).containsEntry("returnCaseId", id));
    }

    @Test
    void a_return_registered_before_it_happened_is_refused_naming_the_field() {
        assertRefused(http.post("/return-cases", Tokens.worker(person), """
                {"originCountry": "PH", "returnedOn": "%s"}""".formatted(LocalDate.now().plusDays(3))), "returnedOn");
    }

    @Test
    void skills_gained_abroad_go_to_skills_recognition_and_its_answer_is_recorded_on_the_measure() {
        String id = register("scheme-1", null);
        http.ok(http.post("/return-cases/" + id + "/needs-assessment", PH_COUNSELLOR,
                "{\"needs\": [{\"area\": \"SKILLS_TO_CERTIFY\", \"level\": \"SOME\"}]}"));
        Map<String, Object> planned = http.ok(http.post("/return-cases/" + id + "/measures", PH_COUNSELLOR, """
                {"type": "SKILLS_CERTIFICATION", "description": "Elder care skills from Hamburg",
                 "owner": "counsellor-ph", "dueOn": "%s",
                 "certification": {"iscoCode": "5321", "countryOfWork": "DE",
                   "skills": [{"skillCode": "care.basic-nursing", "label": "Basic nursing care", "level": 4},
                              {"label": "Dementia care"}],
                   "evidenceReferences": ["employer-reference:ev-1f2e3d"]}}"""
                .formatted(LocalDate.now().plusMonths(3))));
        String requestId = (String) ((List<Map<String, Object>>) planned.get("measures")).get(0).get("measureId");

        ConsumerRecord<String, String> request = Topics.awaitRecord(Topics.OWN, id,
                "return-reintegration.skills-certification-requested.v1");
        Contracts.requireValid(request.value());
        assertThat(request.value()).contains("\"requestId\":\"" + requestId + "\"").contains("\"countryOfWork\":\"DE\"");

        String answer = Contracts.example("skills-recognition.skills-certified.v1")
                .replace("ad094680-484f-5d51-a10b-47d9f04217ad", UUID.randomUUID().toString())
                .replace("rq-6b7c8d9e", requestId)
                .replace("rc-8f9e0d1c", id)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", person);
        Contracts.requireValid(answer);
        Topics.send(SKILLS, requestId, answer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> measure = ((List<Map<String, Object>>) http.ok(http.get("/return-cases/" + id,
                    Tokens.worker(person))).get("measures")).get(0);
            assertThat(measure).containsEntry("outcome", "PARTLY_COMPLETED");
            assertThat((Map<String, Object>) measure.get("certificationAnswer"))
                    .containsEntry("outcome", "PARTIALLY_CERTIFIED").containsEntry("decidedOn", "2030-02-14");
        });
    }

    @Test
    void monitors_see_returns_per_scheme_and_gender_as_declared_with_small_cells_suppressed() {
        String scheme = "scheme-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            person = "person-" + UUID.randomUUID();
            register(scheme, "FEMALE");
        }
        person = "person-" + UUID.randomUUID();
        register(scheme, "MALE");
        String application = "app-" + UUID.randomUUID();
        Topics.send(PERMITS, application, permitEnded(UUID.randomUUID().toString(), application,
                "person-" + UUID.randomUUID(), scheme));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> counts = http.ok(http.get("/statistics/returns?schemeId=" + scheme, Tokens.monitor()));
            assertThat(counts).containsEntry("returns", 7);
            assertThat((Map<String, Object>) counts.get("gender")).containsEntry("FEMALE", 5)
                    .doesNotContainKeys("MALE", "NOT_RECORDED").containsEntry("ANOTHER_GENDER", 0);
            assertThat((Map<String, Object>) counts.get("openedBy")).containsEntry("SELF_REGISTERED", 6)
                    .doesNotContainKey("PERMIT_ENDED");
            assertThat((List<String>) counts.get("suppressed")).contains("gender.MALE", "gender.NOT_RECORDED",
                    "openedBy.PERMIT_ENDED");
        });
    }

    @Test
    void monitors_see_returns_and_measures_completed_per_corridor_with_small_cells_suppressed() {
        // Sri Lanka to Kuwait: a corridor no other test registers returns in, so the counts are this test's.
        List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            person = "person-" + UUID.randomUUID();
            ResponseEntity<Map> created = http.post("/return-cases", Tokens.worker(person), """
                    {"originCountry": "LK", "destinationCountry": "KW", "returnedOn": "%s", "gender": "%s"}
                    """.formatted(LocalDate.now().minusDays(3), i < 5 ? "FEMALE" : "MALE"));
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            cases.add((String) created.getBody().get("returnCaseId"));
        }
        String lk = Tokens.counsellor("LK");
        http.ok(http.post("/return-cases/" + cases.get(0) + "/needs-assessment", lk,
                "{\"needs\": [{\"area\": \"EMPLOYMENT\", \"level\": \"URGENT\"}]}"));
        Map<String, Object> planned = http.ok(http.post("/return-cases/" + cases.get(0) + "/measures", lk, """
                {"type": "JOB_PLACEMENT", "description": "Driver placement", "owner": "counsellor-lk",
                 "dueOn": "%s"}""".formatted(LocalDate.now().plusMonths(1))));
        String measureId = (String) ((List<Map<String, Object>>) planned.get("measures")).get(0).get("measureId");
        http.ok(http.post("/return-cases/" + cases.get(0) + "/measures/" + measureId + "/outcome", lk,
                "{\"outcome\": \"COMPLETED\"}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> counts = http.ok(http.get("/statistics/returns?corridor=LK-KW", Tokens.monitor()));
            assertThat(counts).containsEntry("of", "corridor:LK-KW").containsEntry("returns", 6);
            assertThat((Map<String, Object>) counts.get("gender")).containsEntry("FEMALE", 5)
                    .doesNotContainKey("MALE").containsEntry("NOT_RECORDED", 0);
            assertThat((Map<String, Object>) counts.get("openedBy")).containsEntry("SELF_REGISTERED", 6);
            assertThat((Map<String, Object>) counts.get("measuresCompleted")).containsEntry("TRAINING", 0)
                    .doesNotContainKey("JOB_PLACEMENT");
            assertThat((List<String>) counts.get("suppressed")).containsExactlyInAnyOrder("gender.MALE",
                    "measuresPlanned.JOB_PLACEMENT", "measuresCompleted.JOB_PLACEMENT");
        });
    }
}
