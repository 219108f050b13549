package org.corridor.matching.employer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.matching.Http;
import org.corridor.matching.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class EmployerSuspensionFlowTest {

    static final String REGISTRATION = """
            {"legalName": "Klinikum Nord GmbH", "registrationNumber": "HRB 123456", "country": "DE",
             "sector": "Hospitals", "contact": {"name": "A. Schmidt", "email": "hr@klinikum-nord.de"}}""";

    @Autowired
    TestRestTemplate rest;

    Http http() {
        return new Http(rest);
    }

    static String employer(String org) {
        return TestTokens.bearer("hr-" + org, "EMPLOYER", org, "DE");
    }

    @Test
    void a_substantiated_grievance_on_the_topic_suspends_the_employer_until_its_resolution() {
        String org = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<Map> registered = http().post("/employers", REGISTRATION, employer(org));
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        awaitStatus(org, "ACTIVE");

        String grievanceId = "gr-" + UUID.randomUUID().toString().substring(0, 8);
        TopicProbe.send("return-reintegration.events", grievanceId,
                grievanceEvent("return-reintegration.grievance-substantiated.v1", org, grievanceId));
        Map<String, Object> suspended = awaitStatus(org, "SUSPENDED");
        assertThat((List<Map<String, Object>>) suspended.get("suspensions")).singleElement()
                .satisfies(s -> assertThat((String) s.get("reason")).contains("unpaid wages").contains(grievanceId));

        ConsumerRecord<String, String> published = TopicProbe.awaitPublished(org,
                "employer-matching.employer-suspended.v1").get(0);
        Contracts.requireValid(published.value());
        assertThat(published.value()).doesNotContain("klinikum-nord.de").doesNotContain("Schmidt");

        TopicProbe.send("return-reintegration.events", grievanceId,
                grievanceEvent("return-reintegration.grievance-resolved.v1", org, grievanceId));
        awaitStatus(org, "ACTIVE");
        Contracts.requireValid(TopicProbe.awaitPublished(org, "employer-matching.employer-reinstated.v1").get(0)
                .value());
    }

    @Test
    void an_employer_reads_only_its_own_record() {
        String org = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        http().post("/employers", REGISTRATION, employer(org));
        awaitStatus(org, "ACTIVE");
        ResponseEntity<Map> other = http().get("/employers/" + org, employer("emp-someone-else"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_registration_without_a_contact_email_is_refused_naming_the_field() {
        ResponseEntity<Map> response = http().post("/employers",
                REGISTRATION.replace("\"email\": \"hr@klinikum-nord.de\"", "\"email\": \"not-an-email\""),
                employer("emp-bad-input"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "contact.email"));
    }

    @Test
    void an_organisation_registering_twice_is_refused_naming_the_rule() {
        String org = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        http().post("/employers", REGISTRATION, employer(org));
        ResponseEntity<Map> again = http().post("/employers", REGISTRATION, employer(org));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) again.getBody().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "employerId"));
    }

    private Map<String, Object> awaitStatus(String org, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> read = http().get("/employers/" + org, employer(org));
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).containsEntry("status", status);
        });
        return http().get("/employers/" + org, employer(org)).getBody();
    }

    /** The contract's example, for this employer and grievance and with an event id of its own. */
    static String grievanceEvent(String type, String employerId, String grievanceId) {
        String json = Contracts.example(type)
                .replace("emp-3c9a1f20", employerId)
                .replace("gr-2a3b4c5d", grievanceId)
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
        Contracts.requireValid(json);
        return json;
    }
}
