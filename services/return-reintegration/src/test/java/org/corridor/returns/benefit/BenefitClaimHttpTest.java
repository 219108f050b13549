package org.corridor.returns.benefit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.returns.Http;
import org.corridor.returns.SocialSecurityStandIn;
import org.corridor.returns.Tokens;
import org.corridor.returns.StoredEvents;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

    @Autowired
    DataSource dataSource;

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
    void the_destinations_decision_reaches_the_returnee_and_their_counsellor_through_an_outage_recorded_once() {
        Http http = new Http(rest);
        String person = "person-" + UUID.randomUUID();
        String insuranceNumber = "66-" + UUID.randomUUID().toString().substring(0, 8);
        String reference = "DRV-" + insuranceNumber;
        WireMockServer remote = SocialSecurityStandIn.server();
        remote.stubFor(post("/portability-claims")
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"reference\": \"" + reference + "\", \"status\": \"RECEIVED\"}")));
        // Asked where the claim is: four answers 503 (an outage longer than one call's attempts), then under
        // review twice, then granted.
        String path = "/portability-claims/" + reference;
        String scenario = "status-" + reference;
        List<String> states = List.of(Scenario.STARTED, "down-1", "down-2", "down-3", "down-4", "review-1",
                "review-2");
        for (int i = 0; i < states.size() - 1; i++) {
            remote.stubFor(get(path).inScenario(scenario).whenScenarioStateIs(states.get(i))
                    .willReturn(i < 4 ? aResponse().withStatus(503) : aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"reference\": \"" + reference + "\", \"status\": \"UNDER_REVIEW\"}"))
                    .willSetStateTo(states.get(i + 1)));
        }
        remote.stubFor(get(path).inScenario(scenario).whenScenarioStateIs("review-2")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"reference": "%s", "status": "GRANTED", "decidedOn": "2026-11-03",
                         "grantedAmount": {"amount": "412.50", "currency": "EUR"}}""".formatted(reference))));

        String claimId = (String) http.ok(http.post("/benefit-claims", Tokens.worker(person),
                claim(insuranceNumber))).get("claimId");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(http.ok(http.get("/benefit-claims/" + claimId, Tokens.worker(person))))
                        .containsEntry("status", "GRANTED").containsEntry("decidedOn", "2026-11-03")
                        .containsEntry("grantedAmount", Map.of("amount", 412.50, "currency", "EUR"))
                        .doesNotContainKey("nextStatusCheckAt"));
        assertThat(http.ok(http.get("/benefit-claims/" + claimId, Tokens.counsellor("PH"))))
                .containsEntry("status", "GRANTED").containsKey("grantedAmount");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((List<Map<String, Object>>) http.ok(
                http.get("/benefit-claims?status=GRANTED&size=200", Tokens.counsellor("PH"))).get("items"))
                .anySatisfy(c -> assertThat(c).containsEntry("claimId", claimId).doesNotContainKey("grantedAmount")));
        assertThat((List<Map<String, Object>>) http.ok(http.get("/benefit-claims?size=200", Tokens.counsellor("DE")))
                .get("items")).noneSatisfy(c -> assertThat(c).containsEntry("claimId", claimId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http.ok(http.get("/benefit-claims/mine", Tokens.worker(person))).get("items"))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("status", "GRANTED")
                        .doesNotContainKey("grantedAmount")));

        List<Object> recorded = new ArrayList<>();
        events.readEvents(claimId).forEachRemaining(e -> recorded.add(e.getPayload()));
        assertThat(recorded).filteredOn(ClaimStatusChangedAtDestination.class::isInstance)
                .extracting(e -> ((ClaimStatusChangedAtDestination) e).status())
                .containsExactly(DestinationStatus.UNDER_REVIEW, DestinationStatus.GRANTED);
        assertThat(recorded.get(recorded.size() - 1)).as("no check after the decision")
                .isInstanceOf(ClaimStatusChangedAtDestination.class);
        assertThat(remote.findAll(getRequestedFor(urlEqualTo(path)))).hasSizeGreaterThanOrEqualTo(7);
        // The amount granted is the returnee's: sealed in the store.
        assertThat(StoredEvents.of(dataSource, claimId)).allSatisfy(payload ->
                assertThat(payload).doesNotContain("412.5"));
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
