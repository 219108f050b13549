package org.corridor.returns.grievance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
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
class GrievanceHttpTest {

    static final String PH_COUNSELLOR = Tokens.counsellor("PH");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    Http http;
    String person;
    String employer;

    @BeforeEach
    void setUp() {
        http = new Http(rest);
        person = "person-" + UUID.randomUUID();
        employer = "emp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String grievance(String employer, String scheme, String kind, String period, boolean anonymous) {
        return """
                {"respondent": {"kind": "EMPLOYER", "respondentId": "%s"}, "homeCountry": "PH",
                 "schemeId": "%s", "kind": "%s", "period": %s,
                 "amountClaimed": {"amount": "7200.00", "currency": "EUR"},
                 "evidenceReferences": ["payslips:ev-1f2e3d"], "answerLanguage": "tl",
                 "anonymousTowardsEmployer": %s,
                 "account": "No wages paid for October, November and December."}
                """.formatted(employer, scheme, kind, period, anonymous);
    }

    /** A grievance of a worker from {@code home} who worked in {@code work} (left out when null). */
    static String grievanceIn(String home, String work, String kind) {
        String scheme = "scheme-" + UUID.randomUUID();
        return grievance("emp-" + UUID.randomUUID().toString().substring(0, 8), scheme, kind, lastQuarter(), true)
                .replace("\"homeCountry\": \"PH\"", "\"homeCountry\": \"" + home + "\""
                        + (work == null ? "" : ", \"countryOfWork\": \"" + work + "\""));
    }

    static String lastQuarter() {
        LocalDate end = LocalDate.now().minusDays(1);
        return "{\"from\": \"" + end.minusMonths(3) + "\", \"to\": \"" + end + "\"}";
    }

    String file(boolean anonymous) {
        ResponseEntity<Map> filed = http.post("/grievances", Tokens.worker(person),
                grievance(employer, "scheme-1", "UNPAID_WAGES", lastQuarter(), anonymous));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("grievanceId");
    }

    @Test
    void a_substantiated_grievance_suspends_the_employer_and_its_resolution_lifts_it_naming_no_worker() {
        String id = file(true);
        assertThat(http.ok(http.get("/grievances/" + id, Tokens.worker(person))))
                .containsEntry("status", "FILED")
                .containsEntry("account", "No wages paid for October, November and December.");

        http.ok(http.post("/grievances/" + id + "/triage", PH_COUNSELLOR, "{\"priority\": \"HIGH\"}"));
        http.ok(http.post("/grievances/" + id + "/investigation", PH_COUNSELLOR, "{\"plan\": \"ask for payroll\"}"));
        http.ok(http.post("/grievances/" + id + "/substantiation", PH_COUNSELLOR,
                "{\"reasons\": [\"Payroll shows no wages paid for three months\"]}"));

        ConsumerRecord<String, String> substantiated = Topics.awaitRecord(Topics.OWN, id,
                "return-reintegration.grievance-substantiated.v1");
        Contracts.requireValid(substantiated.value());
        assertThat(substantiated.value()).contains("\"employerId\":\"" + employer + "\"")
                .contains("\"kind\":\"UNPAID_WAGES\"").doesNotContain(person);

        http.ok(http.post("/grievances/" + id + "/recoveries", PH_COUNSELLOR,
                "{\"amount\": {\"amount\": \"7200.00\", \"currency\": \"EUR\"}}"));
        http.ok(http.post("/grievances/" + id + "/resolution", PH_COUNSELLOR,
                "{\"resolution\": \"Wages paid in full\"}"));
        ConsumerRecord<String, String> resolved = Topics.awaitRecord(Topics.OWN, id,
                "return-reintegration.grievance-resolved.v1");
        Contracts.requireValid(resolved.value());
        assertThat(resolved.value()).contains("\"employerId\":\"" + employer + "\"").doesNotContain(person);

        http.ok(http.post("/grievances/" + id + "/closure", PH_COUNSELLOR, "{\"outcome\": \"Worker told by phone\"}"));
        Map<String, Object> followed = http.ok(http.get("/grievances/" + id, Tokens.worker(person)));
        assertThat(followed).containsEntry("status", "CLOSED").containsEntry("amountRecovered", "7200.00");
        assertThat((List<Map<String, Object>>) followed.get("history")).extracting(step -> step.get("step"))
                .containsExactly("FILED", "TRIAGED", "UNDER_INVESTIGATION", "SUBSTANTIATED", "AMOUNT_RECOVERED",
                        "RESOLVED", "CLOSED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((List<Map<String, Object>>) http.ok(http.get("/grievances/mine", Tokens.worker(person)))
                        .get("items")).singleElement().satisfies(g -> assertThat(g).containsEntry("status", "CLOSED")));
    }

    @Test
    void the_workers_account_and_evidence_are_sealed_in_the_event_store_and_opened_for_the_worker() {
        String id = file(true);
        List<String> stored = StoredEvents.of(dataSource, id);
        assertThat(stored).isNotEmpty().allSatisfy(payload -> assertThat(payload)
                .doesNotContain("No wages paid").doesNotContain("payslips:ev-1f2e3d"));
        assertThat(stored.get(0)).contains("pd1:");
        assertThat(http.ok(http.get("/grievances/" + id, Tokens.worker(person))))
                .containsEntry("evidenceReferences", List.of("payslips:ev-1f2e3d"));
    }

    @Test
    void a_worker_cannot_read_another_workers_grievance() {
        String id = file(false);
        assertNotFound(http.get("/grievances/" + id, Tokens.worker("person-" + UUID.randomUUID())));
        assertNotFound(http.post("/grievances/" + id + "/agreement-to-be-named",
                Tokens.worker("person-" + UUID.randomUUID()), "{}"));
    }

    @Test
    void a_counsellor_of_another_country_neither_reads_nor_works_the_grievance() {
        String id = file(true);
        assertNotFound(http.get("/grievances/" + id, Tokens.counsellor("VN")));
        assertNotFound(http.post("/grievances/" + id + "/triage", Tokens.counsellor("VN"), "{\"priority\": \"HIGH\"}"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http.ok(http.get("/grievances?size=200", PH_COUNSELLOR)).get("items"))
                .anySatisfy(g -> assertThat(g).containsEntry("grievanceId", id)));
        assertThat((List<Map<String, Object>>) http.ok(http.get("/grievances?size=200", Tokens.counsellor("VN")))
                .get("items")).noneSatisfy(g -> assertThat(g).containsEntry("grievanceId", id));
        assertThat(http.ok(http.get("/grievances/" + id, PH_COUNSELLOR))).containsEntry("status", "FILED");
    }

    @Test
    void the_employer_does_not_learn_who_filed_an_anonymous_grievance_until_the_worker_agrees() {
        String id = file(true);
        assertThat(http.get("/grievances/" + id, Tokens.employer(employer)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(againstUs()).hasSize(1));
        Map<String, Object> seen = againstUs().get(0);
        assertThat(seen).containsEntry("grievanceId", id).containsEntry("kind", "UNPAID_WAGES")
                .doesNotContainKeys("workerId", "periodFrom", "amountClaimed", "account", "evidenceReferences");
        assertThat(seen.toString()).doesNotContain(person);

        http.ok(http.post("/grievances/" + id + "/agreement-to-be-named", Tokens.worker(person), "{}"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(againstUs().get(0)).containsEntry("workerId", person));
        assertThat(againstUs().get(0)).doesNotContainKeys("account", "evidenceReferences");
    }

    @Test
    void another_employer_sees_nothing_of_a_grievance_against_someone_else() {
        file(false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(againstUs()).hasSize(1));
        assertThat((List<?>) http.ok(http.get("/grievances/against-us", Tokens.employer("emp-other"))).get("items"))
                .isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field_and_nothing_is_filed() {
        ResponseEntity<Map> refused = http.post("/grievances", Tokens.worker(person), grievance(employer, "scheme-1",
                "UNPAID_WAGES", "{\"from\": \"2027-12-01\", \"to\": \"2027-11-01\"}", true));
        assertRefused(refused, "period.to");
        assertThat((List<?>) http.ok(http.get("/grievances/mine", Tokens.worker(person))).get("items")).isEmpty();
    }

    @Test
    void a_missing_respondent_is_refused_before_the_rules_are_asked() {
        assertRefused(http.post("/grievances", Tokens.worker(person), "{\"kind\": \"OTHER\"}"), "respondent");
    }

    @Test
    void substantiating_a_grievance_not_yet_investigated_is_refused_naming_the_status() {
        String id = file(true);
        assertRefused(http.post("/grievances/" + id + "/substantiation", PH_COUNSELLOR,
                "{\"reasons\": [\"proved\"]}"), "status");
    }

    @Test
    void an_employer_filing_a_grievance_is_forbidden_whatever_the_body() {
        assertThat(http.post("/grievances", Tokens.employer(employer), "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void monitors_see_grievance_counts_with_cells_under_five_suppressed() {
        String scheme = "scheme-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            http.ok(http.post("/grievances", Tokens.worker("person-" + UUID.randomUUID()),
                    grievance(employer, scheme, "UNPAID_WAGES", lastQuarter(), true)));
        }
        http.ok(http.post("/grievances", Tokens.worker(person), grievance(employer, scheme, "RECRUITMENT_FEE",
                lastQuarter(), true)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> counts = http.ok(http.get("/statistics/grievances?schemeId=" + scheme,
                    Tokens.monitor()));
            assertThat((Map<String, Object>) counts.get("byKind")).containsEntry("UNPAID_WAGES", 5)
                    .doesNotContainKey("RECRUITMENT_FEE").containsEntry("OTHER", 0);
            assertThat((List<String>) counts.get("suppressed")).contains("byKind.RECRUITMENT_FEE");
            assertThat((Map<String, Object>) counts.get("amounts")).containsKey("EUR");
            assertThat((Map<String, Object>) ((Map<String, Object>) counts.get("amounts")).get("EUR"))
                    .containsEntry("claims", 6).containsEntry("claimed", "43200.00");
        });
        assertThat(http.get("/statistics/grievances", PH_COUNSELLOR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<Map<String, Object>> againstUs() {
        return (List<Map<String, Object>>) http.ok(http.get("/grievances/against-us", Tokens.employer(employer)))
                .get("items");
    }

    @Test
    void monitors_see_grievances_by_kind_and_amounts_per_corridor_with_small_cells_suppressed() {
        // Nepal to Qatar: a corridor no other test files grievances in, so the counts are this test's.
        for (int i = 0; i < 5; i++) {
            http.ok(http.post("/grievances", Tokens.worker("person-" + UUID.randomUUID()),
                    grievanceIn("NP", "QA", "UNPAID_WAGES")));
        }
        http.ok(http.post("/grievances", Tokens.worker(person), grievanceIn("NP", "QA", "DOCUMENTS_CONFISCATED")));
        http.ok(http.post("/grievances", Tokens.worker(person), grievanceIn("NP", null, "RECRUITMENT_FEE")));
        assertRefused(http.post("/grievances", Tokens.worker(person), grievanceIn("NP", "NP", "OTHER")),
                "countryOfWork");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> counts = http.ok(http.get("/statistics/grievances?corridor=NP-QA", Tokens.monitor()));
            assertThat(counts).containsEntry("of", "corridor:NP-QA").containsEntry("suppressedBelow", 5);
            assertThat((Map<String, Object>) counts.get("byKind")).containsEntry("UNPAID_WAGES", 5)
                    .containsEntry("RECRUITMENT_FEE", 0).doesNotContainKey("DOCUMENTS_CONFISCATED");
            assertThat((Map<String, Object>) counts.get("byOutcome")).containsEntry("filed", 6);
            assertThat((Map<String, Object>) ((Map<String, Object>) counts.get("amounts")).get("EUR"))
                    .containsEntry("claims", 6).containsEntry("claimed", "43200.00")
                    .containsEntry("recoveries", 0).containsEntry("recovered", "0.00");
            assertThat((List<String>) counts.get("suppressed")).containsExactly("byKind.DOCUMENTS_CONFISCATED");
        });
        // A worker who did not say where they worked is counted under NP-unknown: one grievance, all suppressed.
        Map<String, Object> unknown = http.ok(http.get("/statistics/grievances?corridor=NP-unknown",
                Tokens.monitor()));
        assertThat((Map<String, Object>) unknown.get("byKind")).doesNotContainKey("RECRUITMENT_FEE");
        assertThat((Map<String, Object>) unknown.get("amounts")).isEmpty();
        assertThat((List<String>) unknown.get("suppressed")).contains("byKind.RECRUITMENT_FEE", "byOutcome.filed",
                "amounts.EUR");
        assertThat(http.get("/statistics/grievances?corridor=np-qa", Tokens.monitor()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
