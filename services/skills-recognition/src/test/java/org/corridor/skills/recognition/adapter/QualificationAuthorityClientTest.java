package org.corridor.skills.recognition.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.corridor.skills.recognition.api.Certificate;
import org.corridor.skills.recognition.api.VerificationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class QualificationAuthorityClientTest {

    static final Certificate CERTIFICATE = new Certificate("NCII-4711", "TESDA", "Caregiving NC II",
            LocalDate.of(2026, 10, 30));
    static final String PATH = "/certificates/NCII-4711";
    static final String VALID = "{\"status\": \"VALID\", \"qualification\": \"Caregiving NC II\"}";

    WireMockServer authority;
    QualificationAuthorityClient client;

    @BeforeEach
    void start() {
        authority = new WireMockServer(options().dynamicPort());
        authority.start();
        QualificationAuthorityProperties properties = new QualificationAuthorityProperties("unused",
                Duration.ofMillis(400), 3, Duration.ofMillis(20), 4, 50f, Duration.ofMillis(500),
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(1));
        client = new QualificationAuthorityClient(() -> URI.create(authority.baseUrl()), properties, new ObjectMapper());
    }

    @AfterEach
    void stop() {
        client.close();
        authority.stop();
    }

    @Test
    void a_valid_certificate_is_confirmed_and_an_unknown_one_is_not() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(VALID)));
        assertThat(client.verify(CERTIFICATE).outcome()).isEqualTo(VerificationOutcome.CONFIRMED);
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
        assertThat(client.verify(CERTIFICATE).outcome()).isEqualTo(VerificationOutcome.NOT_CONFIRMED);
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"status\": \"WITHDRAWN\"}")));
        assertThat(client.verify(CERTIFICATE).detail()).contains("WITHDRAWN");
    }

    @Test
    void a_server_error_is_retried_and_a_later_success_is_the_answer() {
        authority.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        authority.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(VALID)));
        assertThat(client.verify(CERTIFICATE).outcome()).isEqualTo(VerificationOutcome.CONFIRMED);
        authority.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void server_errors_on_every_attempt_leave_the_authority_unavailable() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> client.verify(CERTIFICATE))
                .isInstanceOf(QualificationAuthorityClient.Unavailable.class).hasMessageContaining("HTTP 500");
        authority.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void an_answer_slower_than_the_timeout_counts_as_unavailable() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(VALID).withFixedDelay(2_000)));
        assertThatThrownBy(() -> client.verify(CERTIFICATE)).isInstanceOf(QualificationAuthorityClient.Unavailable.class);
    }

    @Test
    void a_body_that_trickles_in_slower_than_the_timeout_counts_as_unavailable() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(VALID).withChunkedDribbleDelay(10, 2_000)));
        assertThatThrownBy(() -> client.verify(CERTIFICATE)).isInstanceOf(QualificationAuthorityClient.Unavailable.class);
    }

    @Test
    void a_connection_reset_counts_as_unavailable() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.verify(CERTIFICATE)).isInstanceOf(QualificationAuthorityClient.Unavailable.class);
    }

    @Test
    void an_outage_opens_the_breaker_which_answers_unavailable_without_calling_until_it_half_opens() {
        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.verify(CERTIFICATE)).isInstanceOf(QualificationAuthorityClient.Unavailable.class);
        }
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = authority.getAllServeEvents().size();
        assertThatThrownBy(() -> client.verify(CERTIFICATE))
                .isInstanceOf(QualificationAuthorityClient.Unavailable.class).hasMessageContaining("circuit open");
        assertThat(authority.getAllServeEvents()).hasSize(calls);

        authority.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(VALID)));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(verifiesNow()).isTrue());
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private boolean verifiesNow() {
        try {
            return client.verify(CERTIFICATE).outcome() == VerificationOutcome.CONFIRMED;
        } catch (QualificationAuthorityClient.Unavailable stillOpen) {
            return false;
        }
    }
}
