package org.corridor.returns.benefit.adapter;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.kernel.types.Money;
import org.corridor.returns.benefit.api.BenefitKind;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The adapter against WireMock playing the destination's system and its failures. */
class DestinationSocialSecurityTest {

    static final String CLAIMS = "/portability-claims";
    static final String ACCEPTED = "{\"reference\": \"DRV-2029-0001\", \"status\": \"RECEIVED\"}";

    WireMockServer remote;
    DestinationSocialSecurity destination;
    BenefitClaimFiled claim;

    @BeforeEach
    void setUp() {
        remote = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        remote.start();
        destination = new DestinationSocialSecurity(new SocialSecurityProperties(remote.baseUrl(),
                Duration.ofMillis(500), Duration.ofMillis(700), 3, Duration.ofMillis(20), 50, 4,
                Duration.ofMillis(500), Duration.ofHours(1), Duration.ofDays(7)));
        claim = new BenefitClaimFiled("bc-1", PersonId.of("person-1"), CountryCode.of("PH"), CountryCode.of("DE"),
                BenefitKind.PENSION_RIGHTS, LocalDate.of(2027, 9, 1), LocalDate.of(2029, 8, 14), "65 170839 J 003",
                "rc-1", LocalDate.of(2029, 9, 1));
    }

    @AfterEach
    void tearDown() {
        destination.close();
        remote.stop();
    }

    /** The first call answers as given, every later one accepts. */
    private void firstThenAccept(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        remote.stubFor(post(CLAIMS).inScenario("claim").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered"));
        remote.stubFor(post(CLAIMS).inScenario("claim").whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(ACCEPTED)));
    }

    private List<LoggedRequest> calls() {
        return remote.findAll(postRequestedFor(urlEqualTo(CLAIMS)));
    }

    private void everyCallCarriesTheClaimIdAsIdempotencyKey(int expected) {
        assertThat(calls()).hasSize(expected).allSatisfy(call ->
                assertThat(call.getHeader(DestinationSocialSecurity.IDEMPOTENCY_KEY)).isEqualTo("bc-1"));
    }

    @Test
    void a_server_error_is_tried_again_and_the_claim_received_once() {
        firstThenAccept(aResponse().withStatus(503));
        assertThat(destination.submit(claim)).isEqualTo(new DestinationAnswer.Received("DRV-2029-0001", "RECEIVED"));
        everyCallCarriesTheClaimIdAsIdempotencyKey(2);
        remote.verify(postRequestedFor(urlEqualTo(CLAIMS))
                .withRequestBody(WireMock.matchingJsonPath("$.insuranceNumber", equalTo("65 170839 J 003"))));
    }

    @Test
    void an_answer_that_does_not_come_in_time_is_tried_again() {
        firstThenAccept(aResponse().withStatus(201).withBody(ACCEPTED).withFixedDelay(2_000));
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Received.class);
        everyCallCarriesTheClaimIdAsIdempotencyKey(2);
    }

    @Test
    void a_connection_reset_is_tried_again() {
        firstThenAccept(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Received.class);
        everyCallCarriesTheClaimIdAsIdempotencyKey(2);
    }

    @Test
    void a_body_that_trickles_in_slower_than_the_call_timeout_is_a_failed_call() {
        firstThenAccept(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(ACCEPTED).withChunkedDribbleDelay(10, 3_000));
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Received.class);
        everyCallCarriesTheClaimIdAsIdempotencyKey(2);
    }

    @Test
    void a_lost_answer_after_the_destination_accepted_is_sent_again_under_the_same_key_and_received_once() {
        // The destination records the claim, then the connection drops before its answer arrives; it answers
        // the resend with the same key with the reference it gave the first time.
        firstThenAccept(aResponse().withFault(Fault.EMPTY_RESPONSE));
        remote.stubFor(post(CLAIMS).inScenario("claim").whenScenarioStateIs("answered")
                .withHeader(DestinationSocialSecurity.IDEMPOTENCY_KEY, equalTo("bc-1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(ACCEPTED)));
        assertThat(destination.submit(claim)).isEqualTo(new DestinationAnswer.Received("DRV-2029-0001", "RECEIVED"));
        everyCallCarriesTheClaimIdAsIdempotencyKey(2);
        assertThat(calls().get(0).getBodyAsString()).isEqualTo(calls().get(1).getBodyAsString());
    }

    @Test
    void a_claim_the_destination_already_holds_is_received_under_its_first_reference() {
        remote.stubFor(post(CLAIMS).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(ACCEPTED)));
        assertThat(destination.submit(claim)).isEqualTo(new DestinationAnswer.Received("DRV-2029-0001", "RECEIVED"));
        everyCallCarriesTheClaimIdAsIdempotencyKey(1);
    }

    @Test
    void a_refusal_is_not_sent_again() {
        remote.stubFor(post(CLAIMS).willReturn(aResponse().withStatus(422).withBody("unknown insurance number")));
        assertThat(destination.submit(claim)).isEqualTo(
                new DestinationAnswer.Refused("422: unknown insurance number"));
        everyCallCarriesTheClaimIdAsIdempotencyKey(1);
    }

    @Test
    void during_an_outage_the_claim_waits_the_circuit_opens_and_lets_a_probe_through_once_it_ends() {
        remote.stubFor(post(CLAIMS).willReturn(aResponse().withStatus(503)));
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Unavailable.class);
        assertThat(calls()).hasSize(3);
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Unavailable.class);
        // Four failed calls of four: the circuit is open, the fallback answers without calling.
        assertThat(destination.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = calls().size();
        assertThat(destination.submit(claim)).isInstanceOf(DestinationAnswer.Unavailable.class);
        assertThat(calls()).hasSize(before);

        remote.resetAll();
        remote.stubFor(post(CLAIMS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ACCEPTED)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                destination.submit(claim) instanceof DestinationAnswer.Received);
        assertThat(destination.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    static final String STATUS = "/portability-claims/DRV-2029-0001";
    static final String GRANTED = """
            {"reference": "DRV-2029-0001", "status": "GRANTED", "decidedOn": "2029-11-03",
             "grantedAmount": {"amount": "412.50", "currency": "EUR"}}""";

    /** The first status call answers as given, every later one says the claim was granted. */
    private void firstStatusThenGranted(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        remote.stubFor(get(STATUS).inScenario("status").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered"));
        remote.stubFor(get(STATUS).inScenario("status").whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(GRANTED)));
    }

    private static final DestinationAnswer.Status GRANTED_ANSWER = new DestinationAnswer.Status(
            DestinationStatus.GRANTED, Money.of("412.50", "EUR"), List.of(), LocalDate.of(2029, 11, 3));

    private int statusCalls() {
        return remote.findAll(getRequestedFor(urlEqualTo(STATUS))).size();
    }

    @Test
    void the_status_of_a_received_claim_is_read_under_the_destinations_reference() {
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"reference": "DRV-2029-0001", "status": "REFUSED", "decidedOn": "2029-11-03",
                         "reasons": ["fewer than 60 months of contributions"]}""")));
        assertThat(destination.status("DRV-2029-0001")).isEqualTo(new DestinationAnswer.Status(
                DestinationStatus.REFUSED, null, List.of("fewer than 60 months of contributions"),
                LocalDate.of(2029, 11, 3)));
    }

    @Test
    void a_status_call_answered_with_a_server_error_is_tried_again() {
        firstStatusThenGranted(aResponse().withStatus(502));
        assertThat(destination.status("DRV-2029-0001")).isEqualTo(GRANTED_ANSWER);
        assertThat(statusCalls()).isEqualTo(2);
    }

    @Test
    void a_status_call_whose_connection_is_reset_or_whose_body_trickles_in_is_tried_again() {
        firstStatusThenGranted(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(destination.status("DRV-2029-0001")).isEqualTo(GRANTED_ANSWER);
        remote.resetAll();
        firstStatusThenGranted(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(GRANTED).withChunkedDribbleDelay(10, 3_000));
        assertThat(destination.status("DRV-2029-0001")).isEqualTo(GRANTED_ANSWER);
        assertThat(statusCalls()).isEqualTo(2);
    }

    @Test
    void a_status_that_cannot_be_read_is_not_taken_the_claim_is_asked_about_again_later() {
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reference\": \"DRV-2029-0001\", \"status\": \"PAID_OUT\"}")));
        assertThat(destination.status("DRV-2029-0001")).isInstanceOf(DestinationAnswer.NoStatus.class);
        remote.resetAll();
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reference\": \"DRV-2029-0001\", \"status\": \"GRANTED\"}")));
        assertThat(destination.status("DRV-2029-0001")).as("a grant without its amount")
                .isInstanceOf(DestinationAnswer.NoStatus.class);
        remote.resetAll();
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(404).withBody("no such claim")));
        assertThat(destination.status("DRV-2029-0001")).as("a reference the destination does not know")
                .isEqualTo(new DestinationAnswer.NoStatus("404: no such claim"));
        assertThat(statusCalls()).as("not tried again at once").isEqualTo(1);
    }

    @Test
    void during_an_outage_the_status_is_not_known_and_is_read_once_the_outage_ends() {
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(503)));
        assertThat(destination.status("DRV-2029-0001")).isInstanceOf(DestinationAnswer.Unavailable.class);
        assertThat(destination.status("DRV-2029-0001")).isInstanceOf(DestinationAnswer.Unavailable.class);
        assertThat(destination.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        remote.resetAll();
        remote.stubFor(get(STATUS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(GRANTED)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                GRANTED_ANSWER.equals(destination.status("DRV-2029-0001")));
        assertThat(destination.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
