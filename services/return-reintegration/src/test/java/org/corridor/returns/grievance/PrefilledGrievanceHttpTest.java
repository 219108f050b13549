package org.corridor.returns.grievance;

import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.returns.Http;
import org.corridor.returns.Tokens;
import org.corridor.returns.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.returns.Http.assertNotFound;

@CorridorServiceTest
class PrefilledGrievanceHttpTest {

    static final String TYPE = "employer-matching.contract-substitution-detected.v1";

    @Autowired
    TestRestTemplate rest;

    @Test
    void a_detected_contract_substitution_offers_the_worker_a_prefilled_grievance_filed_once() {
        Http http = new Http(rest);
        String person = "person-" + UUID.randomUUID();
        String placement = "pl-" + UUID.randomUUID();
        String detectedOn = LocalDate.now().minusDays(20).toString();
        String event = Contracts.example(TYPE)
                .replace("92b5752e-c187-5747-9359-6cd03f8ec512", UUID.randomUUID().toString())
                .replace("pl-91b0c7e2", placement)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", person)
                .replace("2027-09-03", detectedOn);
        Contracts.requireValid(event);
        Topics.send("employer-matching.events", placement, event);
        // A resend of the same detection under a new event id makes no second offer.
        Topics.send("employer-matching.events", placement,
                event.replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\""));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(offers(http, person)).hasSize(1));
        Map<String, Object> offer = offers(http, person).get(0);
        assertThat(offer).containsEntry("placementId", placement).containsEntry("employerId", "emp-3c9a1f20");
        assertThat((List<String>) offer.get("worseTerms")).containsExactly("WAGE", "HOURS");
        String offerId = (String) offer.get("offerId");

        Map<String, Object> draft = http.ok(http.get("/grievance-offers/" + offerId, Tokens.worker(person)));
        assertThat((String) draft.get("account")).contains("WAGE offered 2950.00 EUR per month, signed 2400.00 EUR");
        assertNotFound(http.get("/grievance-offers/" + offerId, Tokens.worker("person-" + UUID.randomUUID())));

        String filing = "{\"homeCountry\": \"PH\", \"answerLanguage\": \"tl\", \"anonymousTowardsEmployer\": true}";
        ResponseEntity<Map> filed = http.post("/grievance-offers/" + offerId + "/grievance", Tokens.worker(person),
                filing);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        String grievanceId = (String) filed.getBody().get("grievanceId");
        assertThat(http.ok(http.get("/grievances/" + grievanceId, Tokens.worker(person))))
                .containsEntry("kind", "CONTRACT_SUBSTITUTION").containsEntry("placementId", placement)
                .containsEntry("respondentId", "emp-3c9a1f20");

        ResponseEntity<Map> again = http.post("/grievance-offers/" + offerId + "/grievance", Tokens.worker(person),
                filing);
        assertThat(again.getBody()).containsEntry("grievanceId", grievanceId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<?>) http.ok(http.get("/grievances/mine", Tokens.worker(person))).get("items")).hasSize(1));
    }

    private static List<Map<String, Object>> offers(Http http, String person) {
        return (List<Map<String, Object>>) http.ok(http.get("/grievance-offers/mine", Tokens.worker(person)))
                .get("items");
    }
}
