package org.corridor.skills.trainee;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.PublishedRecords;
import org.corridor.skills.Tokens;
import org.corridor.skills.trainee.api.ActivationCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class WorkerActivationHttpTest {

    static final String ISSUED = "skills-recognition.worker-activation-issued.v1";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return new Api(http);
    }

    static List<ConsumerRecord<String, String>> activations(String personId, int count) {
        return PublishedRecords.await(personId, ISSUED, count);
    }

    @Test
    void an_enrolment_returns_the_activation_code_once_and_publishes_only_its_digest() {
        String schemeId = (String) api().post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(10),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        ResponseEntity<Map> created = api().post("/trainees", TraineeEnrolmentHttpTest.person(schemeId,
                "Lorna Bautista " + UUID.randomUUID(), "1994-03-08", "AWAY"), Tokens.manilaAgency());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String personId = (String) created.getBody().get("personId");
        String code = (String) created.getBody().get("activationCode");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
        Instant expiresAt = Instant.parse((String) created.getBody().get("activationExpiresAt"));
        assertThat(expiresAt).isAfter(Instant.now().plus(Duration.ofDays(29)));

        ConsumerRecord<String, String> issued = activations(personId, 1).get(0);
        Contracts.requireValid(issued.value());
        assertThat(issued.value()).contains("\"codeDigest\":\"" + new ActivationCode(code).digest() + "\"")
                .contains("\"personId\":\"" + personId + "\"").contains("\"schemeId\":\"" + schemeId + "\"")
                .contains("\"originCountry\":\"PH\"").doesNotContain(code);

        List<String> stored = jdbc.queryForList("select payload from DomainEventEntry where aggregateIdentifier = ?",
                byte[].class, personId).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(stored).isNotEmpty().noneMatch(payload -> payload.contains(code));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api()
                .get("/trainees/" + personId, Tokens.manilaAgency()).getBody()).doesNotContainValue(code));
    }

    @Test
    void the_enrolling_agency_issues_a_new_code_for_a_lost_letter_and_another_agency_cannot() {
        String schemeId = (String) api().post("/schemes", TraineeEnrolmentHttpTest.SCHEME.formatted(10),
                TestTokens.schemeAdmin()).getBody().get("schemeId");
        ResponseEntity<Map> created = api().post("/trainees", TraineeEnrolmentHttpTest.person(schemeId,
                "Rey Mendoza " + UUID.randomUUID(), "1993-09-21", "HOME"), Tokens.manilaAgency());
        String personId = (String) created.getBody().get("personId");
        String first = (String) created.getBody().get("activationCode");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api()
                .get("/trainees/" + personId, Tokens.manilaAgency()).getStatusCode()).isEqualTo(HttpStatus.OK));

        ResponseEntity<Map> foreign = api().post("/trainees/" + personId + "/activations", "",
                Tokens.agency("agency-cebu", "PH"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) foreign.getBody().get("detail")).contains("trainee your agency enrolled");
        assertThat(api().post("/trainees/" + personId + "/activations", "", Tokens.worker(personId)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> reissued = api().post("/trainees/" + personId + "/activations", "", Tokens.manilaAgency());
        assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String second = (String) reissued.getBody().get("activationCode");
        assertThat(second).matches("[0-9A-HJKMNP-TV-Z]{16}").isNotEqualTo(first);

        List<ConsumerRecord<String, String>> both = activations(personId, 2);
        assertThat(both).hasSize(2);
        both.forEach(r -> Contracts.requireValid(r.value()));
        assertThat(both.get(1).value()).contains(new ActivationCode(second).digest()).doesNotContain(second);
        assertThat(both.get(1).value()).contains("\"aggregateVersion\":");
        assertThat(PublishedRecords.everything())
                .noneMatch(r -> r.value().contains(first) || r.value().contains(second));
    }
}
