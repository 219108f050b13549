package org.corridor.permits.application;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationRefused;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.testing.ImmigrationSystemStub;
import org.corridor.permits.testing.PermitJourney;
import org.corridor.permits.testing.PermitJourney.Opened;
import org.corridor.permits.testing.PermitTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After lodging, the service follows the case at the immigration system (played by WireMock): the remote's status
 * and decision become events the consulate sees without anybody typing them again, a decision the consulate already
 * recorded is not recorded twice, a contradicting one is flagged and never overwrites it, and faults only delay it.
 * Each test's stubs match only its own case.
 */
@CorridorServiceTest
class ImmigrationStatusSyncTest {

    static final String SCHEME = "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final LocalDate FROM = TODAY.plusDays(10);
    static final LocalDate UNTIL = FROM.plusYears(2);

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

    /** Opened, completed and lodged; the remote holds case {@code CASE-<placement>}. */
    private Opened lodged() {
        Opened application = journey.open(SCHEME);
        immigration.stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"" + caseOf(application) + "\"}")));
        journey.completeChecklist(application);
        assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "LODGED"));
        return application;
    }

    private static String caseOf(Opened application) {
        return "CASE-" + application.placementId();
    }

    /** The remote answers the status request in turn with each response, then with the last one for good. */
    private void statusAnswers(Opened application, List<Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder>>
            answers) {
        String scenario = "status " + caseOf(application);
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.size(); i++) {
            String next = i == answers.size() - 1 ? state : "after answer " + (i + 1);
            immigration.stubFor(get(urlEqualTo("/cases/" + caseOf(application)))
                    .inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(answers.get(i).apply(aResponse())).willSetStateTo(next));
            state = next;
        }
    }

    private static Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> remote(String body) {
        return r -> r.withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> inReview() {
        return remote("{\"status\":\"IN_REVIEW\"}");
    }

    private static Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> approved(LocalDate from,
                                                                                          LocalDate until) {
        return remote("{\"status\":\"APPROVED\",\"validFrom\":\"" + from + "\",\"validUntil\":\"" + until
                + "\",\"decidedOn\":\"" + TODAY + "\"}");
    }

    private static Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> refused() {
        return remote("{\"status\":\"REFUSED\",\"reasons\":[\"employer not registered with the labour office\"],"
                + "\"decidedOn\":\"" + TODAY + "\",\"appealBy\":\"" + TODAY.plusDays(30) + "\"}");
    }

    private <T> List<T> recorded(Opened application, Class<T> type) {
        return eventStore.readEvents(application.applicationId()).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private ResponseEntity<Map> consulate(Opened application, String action, String body) {
        return journey.call(HttpMethod.POST, "/applications/" + application.applicationId() + "/" + action,
                PermitTokens.consulate(PermitTokens.MANILA), body);
    }

    @Test
    void the_remotes_progress_and_approval_are_recorded_by_themselves_once_by_the_service() {
        Opened application = lodged();
        statusAnswers(application, List.of(inReview(), inReview(), inReview(), approved(FROM, UNTIL)));

        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat(v).containsEntry("status", "APPROVED"));

        assertThat(view).containsEntry("validFrom", FROM.toString()).containsEntry("validUntil", UNTIL.toString());
        Map<String, Object> remoteCase = (Map<String, Object>) view.get("immigrationCase");
        assertThat(remoteCase).containsEntry("status", "APPROVED").containsEntry("resolution", "RECORDED")
                .doesNotContainKey("nextCheckAt");
        assertThat(recorded(application, ImmigrationStatusReported.class)).extracting(ImmigrationStatusReported::remoteStatus)
                .containsExactly("IN_REVIEW");
        assertThat(recorded(application, ApplicationApproved.class)).hasSize(1);
        assertThat(eventStore.readEvents(application.applicationId()).asStream()
                .filter(e -> e.getPayload() instanceof ApplicationApproved).findFirst().orElseThrow().getMetaData())
                .as("recorded by the service, not by a person")
                .containsEntry("userId", "system:visa-permit-tracking").containsEntry("role", "SYSTEM");
        ResponseEntity<Map> timeline = journey.call(HttpMethod.GET, "/applications/" + application.applicationId()
                + "/timeline", PermitTokens.worker(application.personId()), null);
        assertThat((List<Map<String, Object>>) timeline.getBody().get("items"))
                .anySatisfy(entry -> assertThat((String) entry.get("what")).contains("reports case").contains("IN_REVIEW"))
                .anySatisfy(entry -> assertThat((String) entry.get("what")).contains("approved case")
                        .contains("recorded as the decision"));
        // The consulate cannot decide it a second time.
        assertThat(consulate(application, "approval", "{\"validFrom\":\"" + FROM + "\",\"validUntil\":\"" + UNTIL
                + "\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void server_errors_timeouts_and_resets_only_delay_the_remotes_refusal() {
        Opened application = lodged();
        statusAnswers(application, List.of(r -> r.withStatus(503), r -> r.withFault(Fault.CONNECTION_RESET_BY_PEER),
                r -> r.withStatus(500), inReview().andThen(r -> r.withFixedDelay(3_000)),
                r -> r.withFault(Fault.RANDOM_DATA_THEN_CLOSE), refused()));

        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat(v).containsEntry("status", "REFUSED"));

        assertThat(view).containsEntry("appealBy", TODAY.plusDays(30).toString());
        assertThat((List<String>) view.get("refusalReasons"))
                .containsExactly("employer not registered with the labour office");
        assertThat(recorded(application, ApplicationRefused.class)).hasSize(1);
        assertThat(recorded(application, ImmigrationDecisionReceived.class)).hasSize(1);
        assertThat(immigration.findAll(getRequestedFor(urlEqualTo("/cases/" + caseOf(application)))))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void a_decision_the_consulate_already_recorded_is_confirmed_not_recorded_twice() {
        Opened application = lodged();
        assertThat(consulate(application, "approval", "{\"validFrom\":\"" + FROM + "\",\"validUntil\":\"" + UNTIL
                + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        statusAnswers(application, List.of(approved(FROM, UNTIL)));

        Map<String, Object> view = journey.awaitView(application.applicationId(), v -> assertThat(
                (Map<String, Object>) v.get("immigrationCase")).containsEntry("resolution", "CONFIRMS_RECORDED"));

        assertThat(view).containsEntry("status", "APPROVED");
        assertThat(recorded(application, ApplicationApproved.class)).hasSize(1);
    }

    @Test
    void a_remote_refusal_of_what_the_consulate_approved_is_flagged_not_overwritten() {
        Opened application = lodged();
        assertThat(consulate(application, "approval", "{\"validFrom\":\"" + FROM + "\",\"validUntil\":\"" + UNTIL
                + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        statusAnswers(application, List.of(refused()));

        Map<String, Object> view = journey.awaitView(application.applicationId(), v -> assertThat(
                (Map<String, Object>) v.get("immigrationCase")).containsEntry("resolution", "CONFLICTS_WITH_RECORDED"));

        assertThat(view).containsEntry("status", "APPROVED").containsEntry("validUntil", UNTIL.toString());
        assertThat((String) ((Map<String, Object>) view.get("immigrationCase")).get("conflict"))
                .contains("refused").contains("the consulate recorded APPROVED");
        assertThat(recorded(application, ApplicationRefused.class)).isEmpty();
        ResponseEntity<Map> flagged = journey.call(HttpMethod.GET, "/applications?conflicts=true&size=200",
                PermitTokens.consulate(PermitTokens.MANILA), null);
        assertThat(flagged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) flagged.getBody().get("items"))
                .extracting(item -> item.get("applicationId")).contains(application.applicationId())
                .allSatisfy(id -> assertThat(id).isNotNull());
        assertThat((List<Map<String, Object>>) flagged.getBody().get("items"))
                .allSatisfy(item -> assertThat((Map<String, Object>) item.get("immigrationCase"))
                        .containsEntry("resolution", "CONFLICTS_WITH_RECORDED"));
    }

    @Test
    void during_an_outage_the_consulate_sees_the_failed_checks_and_the_decision_arrives_when_it_ends() {
        Opened application = lodged();
        StubMapping outage = immigration.stubFor(get(urlEqualTo("/cases/" + caseOf(application))).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        statusAnswers(application, List.of(approved(FROM, UNTIL)));

        Map<String, Object> during = journey.awaitView(application.applicationId(), v -> {
            Map<String, Object> remoteCase = (Map<String, Object>) v.get("immigrationCase");
            assertThat(remoteCase).isNotNull();
            assertThat((String) remoteCase.get("lastOutcome")).containsAnyOf("unavailable: HTTP 503", "circuit open");
        });
        assertThat(during).containsEntry("status", "LODGED");
        assertThat((Map<String, Object>) during.get("immigrationCase")).containsKeys("lastCheckAt", "nextCheckAt");

        immigration.removeStub(outage);

        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "APPROVED"));
        assertThat(recorded(application, ApplicationApproved.class)).hasSize(1);
    }
}
