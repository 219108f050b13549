package org.corridor.permits.application;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.testing.ImmigrationSystemStub;
import org.corridor.permits.testing.PermitJourney;
import org.corridor.permits.testing.PermitJourney.Opened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The immigration system misbehaving, played by WireMock: every lodgement reaches it in the end, exactly one case
 * per application, and the consulate sees how it is going. Each test's stubs match only its own applications'
 * idempotency keys.
 */
@CorridorServiceTest
class ImmigrationLodgementTest {

    static final String SCHEME = "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    PermitJourney journey;
    WireMockServer immigration;

    @BeforeEach
    void setUp() {
        journey = new PermitJourney(http);
        immigration = ImmigrationSystemStub.server();
    }

    private Opened readyToLodge() {
        Opened application = journey.open(SCHEME);
        journey.completeChecklist(application);
        return application;
    }

    /** The remote answers in turn with each response, then with its case for every later call. */
    private void answers(Opened application, List<Function<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder>> failures) {
        String key = PermitJourney.idempotencyKey(application.applicationId());
        String scenario = "lodge " + key;
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.size(); i++) {
            String next = "after failure " + (i + 1);
            immigration.stubFor(post(urlEqualTo("/cases")).withHeader("Idempotency-Key", equalTo(key))
                    .inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(failures.get(i).apply(aResponse())).willSetStateTo(next));
            state = next;
        }
        immigration.stubFor(post(urlEqualTo("/cases")).withHeader("Idempotency-Key", equalTo(key))
                .inScenario(scenario).whenScenarioStateIs(state)
                .willReturn(created(application)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(Opened application) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"caseReference\":\"CASE-" + application.placementId() + "\"}");
    }

    private List<LoggedRequest> lodgementsOf(Opened application) {
        return immigration.findAll(postRequestedFor(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId()))));
    }

    private void assertLodgedOnce(Opened application) {
        assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat(v).containsEntry("status", "LODGED"));
        assertThat(view).containsEntry("caseReference", "CASE-" + application.placementId());
        assertThat(eventStore.readEvents(application.applicationId()).asStream()
                .filter(e -> e.getPayload() instanceof ApplicationLodged).count()).isEqualTo(1);
    }

    @Test
    void a_burst_of_server_errors_is_retried_until_the_case_is_opened() {
        Opened application = readyToLodge();
        answers(application, List.of(r -> r.withStatus(503), r -> r.withStatus(500), r -> r.withStatus(502),
                r -> r.withStatus(503)));

        assertLodgedOnce(application);

        assertThat(lodgementsOf(application)).hasSize(5);
    }

    @Test
    void a_call_without_an_answer_in_time_is_sent_again_under_the_same_key() {
        Opened application = readyToLodge();
        answers(application, List.of(r -> r.withStatus(201).withFixedDelay(3_000)
                .withBody("{\"caseReference\":\"too late\"}")));

        assertLodgedOnce(application);

        assertThat(lodgementsOf(application)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_connection_reset_is_retried() {
        Opened application = readyToLodge();
        answers(application, List.of(r -> r.withFault(Fault.CONNECTION_RESET_BY_PEER),
                r -> r.withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        assertLodgedOnce(application);

        assertThat(lodgementsOf(application)).hasSize(3);
    }

    @Test
    void a_body_dribbled_slower_than_the_timeout_is_given_up_on_and_sent_again() {
        Opened application = readyToLodge();
        answers(application, List.of(r -> r.withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"caseReference\":\"too slow to be read\"}").withChunkedDribbleDelay(8, 4_000)));

        assertLodgedOnce(application);

        assertThat(lodgementsOf(application)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_lodgement_whose_answer_was_lost_after_the_remote_accepted_it_opens_no_second_case() {
        Opened application = readyToLodge();
        String key = PermitJourney.idempotencyKey(application.applicationId());
        // The remote opens the case, then the connection drops before its answer arrives. Asked again under the
        // same key, an idempotent remote answers with the case it already opened.
        immigration.stubFor(post(urlEqualTo("/cases")).withHeader("Idempotency-Key", equalTo(key))
                .inScenario("lost " + key).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("case opened"));
        immigration.stubFor(post(urlEqualTo("/cases")).withHeader("Idempotency-Key", equalTo(key))
                .inScenario("lost " + key).whenScenarioStateIs("case opened")
                .willReturn(created(application).withHeader("Idempotent-Replayed", "true")));

        assertLodgedOnce(application);

        List<LoggedRequest> sent = lodgementsOf(application);
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(key);
        assertThat(sent.get(0).getBodyAsString()).isEqualTo(sent.get(1).getBodyAsString());
    }

    @Test
    void during_an_outage_lodgements_queue_show_their_progress_and_go_out_by_themselves_when_it_ends() {
        List<Opened> applications = new ArrayList<>();
        List<StubMapping> outage = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Opened application = readyToLodge();
            applications.add(application);
            outage.add(immigration.stubFor(post(urlEqualTo("/cases")).atPriority(1)
                    .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                    .willReturn(aResponse().withStatus(503))));
            immigration.stubFor(post(urlEqualTo("/cases")).atPriority(5)
                    .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                    .willReturn(created(application)));
        }
        applications.forEach(application ->
                assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED));

        for (Opened application : applications) {
            Map<String, Object> view = journey.awaitView(application.applicationId(), v -> {
                assertThat(v).containsEntry("status", "LODGEMENT_PENDING");
                Map<String, Object> lodgement = (Map<String, Object>) v.get("lodgement");
                assertThat(((Number) lodgement.get("attempts")).intValue()).isGreaterThanOrEqualTo(2);
            });
            Map<String, Object> lodgement = (Map<String, Object>) view.get("lodgement");
            assertThat(lodgement.get("lastAttemptAt")).isNotNull();
            assertThat(lodgement.get("nextAttemptAt")).isNotNull();
            assertThat((String) lodgement.get("lastOutcome")).containsAnyOf("unavailable: HTTP 503", "circuit open");
        }

        outage.forEach(immigration::removeStub);

        for (Opened application : applications) {
            Map<String, Object> view = journey.awaitView(application.applicationId(),
                    v -> assertThat(v).containsEntry("status", "LODGED"));
            assertThat(view).containsEntry("caseReference", "CASE-" + application.placementId());
            assertThat(((Number) ((Map<String, Object>) view.get("lodgement")).get("attempts")).intValue())
                    .as("the failed rounds and the one that lodged").isGreaterThanOrEqualTo(3);
            assertThat(eventStore.readEvents(application.applicationId()).asStream()
                    .filter(e -> e.getPayload() instanceof ApplicationLodged).count()).isEqualTo(1);
        }
    }
}
