package org.corridor.permits.application;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.permits.testing.RestartableService;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.Gender;
import org.corridor.permits.application.api.RemoteDecisionResolution;
import org.corridor.permits.testing.ImmigrationSystemStub;
import org.corridor.permits.testing.PermitJourney;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stopped in the middle and started again on the same store: a deadline scheduled before the stop fires
 * once, in the new instance, and one alert is published; a lodgement queued during an outage goes out once after
 * it; a case followed at the immigration system records each status and its decision once across the restart. Runs
 * instances of the service one after the other on an H2 file, as the embedded platform does, beside the
 * shared broker and wire server.
 */
class RestartTest {

    static final String POST = "de-embassy-manila";
    static final Duration SERVICE_LEVEL = Duration.ofSeconds(30);
    static final String DEADLINE_RAISED = "visa-permit-tracking.permit-deadline-raised.v1";

    @TempDir
    static Path data;

    @Test
    void a_decision_deadline_pending_at_a_restart_raises_exactly_one_alert_after_it() {
        String store = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        String applicationId = "app-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(applicationId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"CASE-" + applicationId + "\"}")));

        String decisionDeadlineId;
        Instant firstStopped;
        try (ConfigurableApplicationContext first = RestartableService.start(data, store)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            openAndLodge(commands, applicationId, personId);
            EventStore events = first.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> payloads(events, applicationId, ApplicationLodged.class)
                    .size() == 1);
            decisionDeadlineId = payloads(events, applicationId, ApplicationLodged.class).get(0).decisionDeadlineId();
            assertThat(first.getBean(StorageProvider.class).getJobById(UUID.fromString(decisionDeadlineId)).getState())
                    .isEqualTo(StateName.SCHEDULED);
            assertThat(payloads(events, applicationId, PermitDeadlineRaised.class)).isEmpty();
        }
        firstStopped = Instant.now();

        try (ConfigurableApplicationContext second = RestartableService.start(data, store)) {
            StorageProvider jobs = second.getBean(StorageProvider.class);
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    jobs.getJobById(UUID.fromString(decisionDeadlineId)).getState() == StateName.SUCCEEDED);
            EventStore events = second.getBean(EventStore.class);
            List<Instant> raised = events.readEvents(applicationId).asStream()
                    .filter(e -> e.getPayload() instanceof PermitDeadlineRaised)
                    .map(DomainEventMessage::getTimestamp).toList();
            assertThat(raised).hasSize(1);
            assertThat(raised.get(0)).as("raised by the second instance").isAfter(firstStopped);
            assertThat(events.readEvents(applicationId).asStream()
                    .filter(e -> e.getPayload() instanceof PermitDeadlineRaised).findFirst().orElseThrow().getMetaData())
                    .as("a deadline acts on the service's own account")
                    .containsEntry("userId", "system:visa-permit-tracking").containsEntry("role", "SYSTEM")
                    .containsKey("correlationId");

            TopicRecords topic = TopicRecords.embedded();
            topic.await(PermitJourney.EVENTS, TopicRecords.keyed(applicationId)
                    .and(PermitJourney.ofType(DEADLINE_RAISED)), 1, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> published = topic.now(PermitJourney.EVENTS,
                    TopicRecords.keyed(applicationId));
            published.forEach(record -> Contracts.requireValid(record.value()));
            assertThat(published).filteredOn(PermitJourney.ofType(DEADLINE_RAISED)).hasSize(1);
            assertThat(published).allSatisfy(r -> assertThat(r.value()).doesNotContain("P7654321B"));
        }
    }

    @Test
    void a_lodgement_queued_during_an_outage_goes_out_once_after_a_restart() {
        String store = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        String applicationId = "app-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        String key = PermitJourney.idempotencyKey(applicationId);
        var outage = ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases")).atPriority(1)
                .withHeader("Idempotency-Key", equalTo(key)).willReturn(aResponse().withStatus(503)));
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases")).atPriority(5)
                .withHeader("Idempotency-Key", equalTo(key))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"CASE-" + applicationId + "\"}")));

        try (ConfigurableApplicationContext first = RestartableService.start(data, store)) {
            openAndLodge(first.getBean(CommandGateway.class), applicationId, personId);
            await().atMost(Duration.ofSeconds(30)).until(() -> !ImmigrationSystemStub.server().findAll(
                    postRequestedFor(urlEqualTo("/cases")).withHeader("Idempotency-Key", equalTo(key))).isEmpty());
        }
        ImmigrationSystemStub.server().removeStub(outage);

        try (ConfigurableApplicationContext second = RestartableService.start(data, store)) {
            EventStore events = second.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(90)).until(() -> payloads(events, applicationId, ApplicationLodged.class)
                    .size() == 1);
            assertThat(payloads(events, applicationId, ApplicationLodged.class).get(0).caseReference())
                    .isEqualTo("CASE-" + applicationId);
            assertThat(ImmigrationSystemStub.server().findAll(postRequestedFor(urlEqualTo("/cases"))
                    .withHeader("Idempotency-Key", equalTo(key)))).extracting(r -> r.getHeader("Idempotency-Key"))
                    .containsOnly(key);
        }
    }

    @Test
    void a_case_followed_across_a_restart_records_each_remote_status_and_its_decision_once() {
        String store = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        String applicationId = "app-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        String caseReference = "CASE-" + applicationId;
        WireMockServer immigration = ImmigrationSystemStub.server();
        immigration.stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(applicationId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"" + caseReference + "\"}")));
        var inReview = immigration.stubFor(get(urlEqualTo("/cases/" + caseReference)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"IN_REVIEW\"}")));
        immigration.stubFor(get(urlEqualTo("/cases/" + caseReference)).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"APPROVED\",\"validFrom\":\"2027-09-01\","
                                + "\"validUntil\":\"2029-08-31\"}")));

        try (ConfigurableApplicationContext first = RestartableService.start(data, store)) {
            openAndLodge(first.getBean(CommandGateway.class), applicationId, personId);
            EventStore events = first.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    payloads(events, applicationId, ImmigrationStatusReported.class).size() == 1);
        }
        int checksBefore = immigration.findAll(getRequestedFor(urlEqualTo("/cases/" + caseReference))).size();

        try (ConfigurableApplicationContext second = RestartableService.start(data, store)) {
            EventStore events = second.getBean(EventStore.class);
            // The new instance takes the case up where the first left it: asked again, the same status is no news.
            await().atMost(Duration.ofSeconds(60)).until(() -> immigration.findAll(
                    getRequestedFor(urlEqualTo("/cases/" + caseReference))).size() >= checksBefore + 2);
            assertThat(payloads(events, applicationId, ImmigrationStatusReported.class)).hasSize(1);

            immigration.removeStub(inReview);

            await().atMost(Duration.ofSeconds(60)).until(() ->
                    payloads(events, applicationId, ApplicationApproved.class).size() == 1);
            assertThat(payloads(events, applicationId, ImmigrationDecisionReceived.class)).singleElement()
                    .extracting(ImmigrationDecisionReceived::resolution).isEqualTo(RemoteDecisionResolution.RECORDED);
            assertThat(payloads(events, applicationId, ImmigrationStatusReported.class)).hasSize(1);
        }
    }

    private static void openAndLodge(CommandGateway commands, String applicationId, String personId) {
        RestartableService.openAndLodge(commands,
                new OpenApplication(applicationId, "pl-" + applicationId, personId, "restart-scheme", "emp-1", "jo-1",
                        "5321", "PH", "DE", LocalDate.of(2027, 9, 1), 24, POST, "SKILLED_WORK", SERVICE_LEVEL),
                new AddPersonalDetails(applicationId, personId, "P7654321B", "PH", LocalDate.of(1994, 2, 3),
                        Gender.MALE));
    }

    private static <T> List<T> payloads(EventStore events, String aggregateId, Class<T> type) {
        return events.readEvents(aggregateId).asStream().map(e -> e.getPayload())
                .filter(type::isInstance).map(type::cast).toList();
    }

}
