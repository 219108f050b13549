package org.corridor.returns.benefit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.returns.Http;
import org.corridor.returns.SocialSecurityStandIn;
import org.corridor.returns.Tokens;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.returns.Http.assertNotFound;
import static org.corridor.returns.Http.assertRefused;

@CorridorServiceTest
class BenefitClaimHttpTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    EventStore events;

    static String claim(String insuranceNumber) {
        return """
                {"originCountry": "PH", "destinationCountry": "DE", "kind": "PENSION_RIGHTS",
                 "insuredFrom": "2024-09-01", "insuredUntil": "2026-08-14", "foreignInsuranceNumber": "%s"}
                """.formatted(insuranceNumber);
    }

    @Test
    void a_claim_filed_during_an_outage_waits_and_reaches_the_destination_once_the_outage_ends() {
        Http http = new Http(rest);
        String person = "person-" + UUID.randomUUID();
        String insuranceNumber = "65-" + UUID.randomUUID().toString().substring(0, 8);
        WireMockServer remote = SocialSecurityStandIn.server();
        String outage = "outage-" + insuranceNumber;
        // Five calls answered 503 (more than one submission's attempts), then the system is back.
        for (int i = 0; i < 5; i++) {
            remote.stubFor(post("/portability-claims").inScenario(outage)
                    .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber)))
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "down-" + i)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("down-" + (i + 1)));
        }
        remote.stubFor(post("/portability-claims").inScenario(outage)
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber)))
                .whenScenarioStateIs("down-5")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"reference\": \"DRV-" + insuranceNumber + "\", \"status\": \"RECEIVED\"}")));

        ResponseEntity<Map> filed = http.post("/benefit-claims", Tokens.worker(person), claim(insuranceNumber));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getBody()).containsEntry("status", "AWAITING_SUBMISSION")
                .doesNotContainKey("foreignInsuranceNumber");
        String claimId = (String) filed.getBody().get("claimId");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.ok(http.get("/benefit-claims/" + claimId, Tokens.worker(person))))
                        .containsEntry("status", "RECEIVED_BY_DESTINATION")
                        .containsEntry("destinationReference", "DRV-" + insuranceNumber));

        var calls = remote.findAll(postRequestedFor(urlEqualTo("/portability-claims"))
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber))));
        // Five failed calls and the one answered, at least: on a busy machine a call can also time out on our side
        // after the destination answered, and is sent again. All carry the claim id, and one receipt is recorded.
        assertThat(calls).hasSizeGreaterThanOrEqualTo(6).allSatisfy(call ->
                assertThat(call.getHeader("Idempotency-Key")).isEqualTo(claimId));
        List<Object> recorded = new ArrayList<>();
        events.readEvents(claimId).forEachRemaining(e -> recorded.add(e.getPayload()));
        assertThat(recorded).filteredOn(ClaimReceivedByDestination.class::isInstance).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http.ok(http.get("/benefit-claims/mine", Tokens.worker(person))).get("items"))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("status", "RECEIVED_BY_DESTINATION")));
    }

    @Test
    void another_returnee_and_a_counsellor_of_another_country_do_not_see_the_claim() {
        Http http = new Http(rest);
        String person = "person-" + UUID.randomUUID();
        SocialSecurityStandIn.server().stubFor(post("/portability-claims")
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo("refused-" + person)))
                .willReturn(aResponse().withStatus(422).withBody("unknown insurance number")));
        String claimId = (String) http.ok(http.post("/benefit-claims", Tokens.worker(person),
                claim("refused-" + person))).get("claimId");
        assertNotFound(http.get("/benefit-claims/" + claimId, Tokens.worker("person-" + UUID.randomUUID())));
        assertNotFound(http.get("/benefit-claims/" + claimId, Tokens.counsellor("DE")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.ok(http.get("/benefit-claims/" + claimId, Tokens.counsellor("PH"))))
                        .containsEntry("status", "REFUSED_BY_DESTINATION")
                        .containsEntry("refusal", "422: unknown insurance number"));
    }

    @Test
    void an_insured_period_that_ends_before_it_starts_is_refused_naming_the_field() {
        Http http = new Http(rest);
        assertRefused(http.post("/benefit-claims", Tokens.worker("person-" + UUID.randomUUID()), """
                {"originCountry": "PH", "destinationCountry": "DE", "kind": "PENSION_RIGHTS",
                 "insuredFrom": "2026-09-01", "insuredUntil": "2025-08-14", "foreignInsuranceNumber": "65"}"""),
                "insuredUntil");
    }
}
