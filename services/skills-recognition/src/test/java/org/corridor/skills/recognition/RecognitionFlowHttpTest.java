package org.corridor.skills.recognition;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.PublishedRecords;
import org.corridor.skills.QualificationAuthorityMock;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class RecognitionFlowHttpTest {

    static final String SCHEME = """
            {"name": "Philippines-Germany care workers", "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"}}],
             "quotas": [{"track": "AWAY", "places": 50}, {"track": "HOME", "places": 50}]}
            """;
    static final String VALID = "{\"status\": \"VALID\", \"qualification\": \"Caregiving NC II\"}";
    static final String OFFICER = Tokens.officer("DE");

    @Autowired
    TestRestTemplate http;

    Api api() {
        return new Api(http);
    }

    record Enrolled(String personId, String name) {
    }

    Enrolled enrolAwayTrainee() {
        String schemeId = (String) api().post("/schemes", SCHEME, TestTokens.schemeAdmin()).getBody().get("schemeId");
        String name = "Rosa Dela Cruz " + UUID.randomUUID();
        ResponseEntity<Map> created = api().post("/trainees", """
                {"schemeId": "%s", "fullName": "%s", "birthDate": "1996-02-29", "phone": "+63 917 555 0199",
                 "email": "rosa.delacruz@example.org", "gender": "FEMALE",
                 "languages": [{"language": "de", "level": "B1"}], "track": "AWAY", "iscoCode": "5321",
                 "consentPurposes": ["TRAINING", "RECOGNITION", "PLACEMENT"]}""".formatted(schemeId, name),
                Tokens.manilaAgency());
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String personId = (String) created.getBody().get("personId");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api().get("/trainees/" + personId, Tokens.manilaAgency()).getStatusCode() == HttpStatus.OK);
        return new Enrolled(personId, name);
    }

    String openCase(String personId, String certificate) {
        ResponseEntity<Map> opened = api().post("/recognition-cases", """
                {"personId": "%s", "certificate": {"number": "%s", "issuer": "TESDA", "title": "Caregiving NC II",
                 "issuedOn": "2026-10-30"}}""".formatted(personId, certificate), Tokens.worker(personId));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("caseId");
    }

    Map<String, Object> caseView(String caseId) {
        return api().get("/recognition-cases/" + caseId, OFFICER).getBody();
    }

    @Test
    void while_the_authority_is_down_the_case_waits_shows_its_retries_and_completes_by_itself_once_it_is_back() {
        Enrolled trainee = enrolAwayTrainee();
        String certificate = "NCII-" + UUID.randomUUID();
        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(aResponse().withStatus(503)));
        String caseId = openCase(trainee.personId(), certificate);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> waiting = caseView(caseId);
            assertThat(waiting).containsEntry("status", "AWAITING_VERIFICATION").containsKeys("lastAttemptAt",
                    "nextAttemptAt", "lastFailure");
            assertThat(((Number) waiting.get("attempts")).intValue()).isGreaterThanOrEqualTo(2);
        });

        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(okJson(VALID)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(caseView(caseId)).containsEntry("status", "AWAITING_DECISION")
                        .containsEntry("verification", "CONFIRMED").doesNotContainKey("nextAttemptAt"));
    }

    @Test
    void a_fully_recognised_away_trainee_is_published_as_a_candidate_without_personal_data_and_withdrawn_on_consent_withdrawal() {
        Enrolled trainee = enrolAwayTrainee();
        String certificate = "NCII-" + UUID.randomUUID();
        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(okJson(VALID)));
        String caseId = openCase(trainee.personId(), certificate);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(caseView(caseId)).containsEntry("status", "AWAITING_DECISION"));

        ResponseEntity<Map> foreign = api().post("/recognition-cases/" + caseId + "/decision",
                "{\"outcome\": \"FULL\"}", Tokens.officer("AT"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().get("/recognition-cases/" + caseId, Tokens.officer("AT")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(api().post("/recognition-cases/" + caseId + "/decision", "{\"outcome\": \"FULL\"}", OFFICER)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ConsumerRecord<String, String> available = PublishedRecords.awaitOne(trainee.personId(),
                "skills-recognition.candidate-available.v1");
        Contracts.requireValid(available.value());
        assertThat(available.value()).contains("\"recognition\":\"FULL\"").contains("\"destinationCountry\":\"DE\"")
                .contains("\"language\":\"de\"");

        assertThat(api().post("/trainees/" + trainee.personId() + "/consent-withdrawals",
                "{\"purposes\": [\"PLACEMENT\"]}", Tokens.worker(trainee.personId())).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        ConsumerRecord<String, String> withdrawn = PublishedRecords.awaitOne(trainee.personId(),
                "skills-recognition.candidate-withdrawn.v1");
        Contracts.requireValid(withdrawn.value());
        assertThat(withdrawn.value()).contains("\"reason\":\"CONSENT_WITHDRAWN\"");

        List<ConsumerRecord<String, String>> everything = PublishedRecords.everything();
        assertThat(everything).anySatisfy(r -> assertThat(r.key()).isEqualTo(trainee.personId()));
        String[] name = trainee.name().split(" ");
        assertThat(everything).allSatisfy(r -> assertThat(r.value())
                .doesNotContain(trainee.name()).doesNotContain(name[name.length - 1])
                .doesNotContain("1996-02-29").doesNotContain("555 0199").doesNotContain("rosa.delacruz")
                .doesNotContain(certificate));
    }

    @Test
    void a_refusal_is_appealed_upheld_as_partial_and_becomes_full_when_its_measures_are_completed() {
        Enrolled trainee = enrolAwayTrainee();
        String certificate = "NCII-" + UUID.randomUUID();
        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(okJson(VALID)));
        String caseId = openCase(trainee.personId(), certificate);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(caseView(caseId)).containsEntry("status", "AWAITING_DECISION"));

        ResponseEntity<Map> noReasons = api().post("/recognition-cases/" + caseId + "/decision",
                "{\"outcome\": \"REFUSED\"}", OFFICER);
        assertThat(noReasons.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) noReasons.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "reasons"));
        assertThat(api().post("/recognition-cases/" + caseId + "/decision",
                "{\"outcome\": \"REFUSED\", \"reasons\": [\"Geriatric care hours below the standard\"]}", OFFICER)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api().post("/recognition-cases/" + caseId + "/appeal", "{\"grounds\": \"hours miscounted\"}",
                Tokens.worker(trainee.personId())).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api().post("/recognition-cases/" + caseId + "/appeal-decision", """
                {"upheld": true, "outcome": "PARTIAL", "reasons": ["hours recounted"],
                 "measures": [{"measureId": "adapt-1", "kind": "ADAPTATION_PERIOD", "description": "6 months"}]}""",
                OFFICER).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api().post("/recognition-cases/" + caseId + "/measures/adapt-1/completion",
                "{\"completedOn\": \"2027-06-30\"}", OFFICER).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> view = caseView(caseId);
            assertThat(view).containsEntry("status", "FULL");
            assertThat((List<Map<String, Object>>) view.get("history")).extracting(h -> h.get("what"))
                    .containsExactly("opened", "verified", "decided", "appealed", "decided on appeal",
                            "measures completed");
        });
        assertThat(api().get("/recognition-cases/" + caseId, Tokens.worker(trainee.personId())).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api().get("/recognition-cases/" + caseId, Tokens.worker("someone-else")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_withdrawn_consent_to_recognition_stops_the_verification_even_when_the_authority_comes_back() {
        Enrolled trainee = enrolAwayTrainee();
        String certificate = "NCII-" + UUID.randomUUID();
        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(aResponse().withStatus(503)));
        String caseId = openCase(trainee.personId(), certificate);
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) caseView(caseId).get("attempts")).intValue() >= 1);

        assertThat(api().post("/trainees/" + trainee.personId() + "/consent-withdrawals",
                "{\"purposes\": [\"RECOGNITION\"]}", Tokens.worker(trainee.personId())).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(caseView(caseId)).containsEntry("status", "STOPPED"));

        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(okJson(VALID)));
        int calls = QualificationAuthorityMock.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/certificates/" + certificate))).size();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(caseView(caseId)).containsEntry("status", "STOPPED").doesNotContainKey("verification");
            assertThat(QualificationAuthorityMock.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                    .getRequestedFor(urlPathEqualTo("/certificates/" + certificate)))).hasSize(calls);
        });
    }
}
