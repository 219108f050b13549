package org.corridor.permits.person;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.ApproveApplication;
import org.corridor.permits.application.api.ApplicationCommands.EndPermit;
import org.corridor.permits.application.api.ApplicationCommands.IssuePermit;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.api.EndReason;
import org.corridor.permits.application.api.Gender;
import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.ErasureCommands.RequestErasure;
import org.corridor.permits.person.api.ErasureEvents.ErasureAnswered;
import org.corridor.permits.person.api.ErasureOutcome;
import org.corridor.permits.testing.ImmigrationSystemStub;
import org.corridor.permits.testing.PermitJourney;
import org.corridor.permits.testing.RestartableService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hold recorded by one instance of the service is ended by the next, on the same store: the permit's end after
 * the restart destroys the key and answers the request held before it, under the same erasure id. Driven by
 * commands (the Kafka consumer is tested over the topic in {@link PersonalDataErasureHttpTest}).
 */
class ErasureHoldRestartTest {

    static final String POST = "de-embassy-manila";

    @TempDir
    static Path data;

    @Test
    void a_hold_recorded_before_a_restart_ends_with_the_permit_after_it_and_the_request_is_answered_erased() {
        String store = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        String applicationId = "app-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        String erasureId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(applicationId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"CASE-" + applicationId + "\"}")));

        try (ConfigurableApplicationContext first = RestartableService.start(data, store)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            EventStore events = first.getBean(EventStore.class);
            openAndLodge(commands, applicationId, personId);
            await().atMost(Duration.ofSeconds(30)).until(() -> events.readEvents(applicationId).asStream()
                    .anyMatch(e -> e.getPayload() instanceof ApplicationLodged));
            commands.sendAndWait(new ApproveApplication(applicationId, POST, today, today.plusYears(2)));
            commands.sendAndWait(new IssuePermit(applicationId, POST, "DE-SW-RESTART-1"));

            commands.sendAndWait(new RequestErasure(personId, erasureId, Instant.now(), "PERSON", List.of(
                    new ApplicationStanding(applicationId, ApplicationStatus.ISSUED, today.plusYears(2), null))));

            assertThat(answers(events, personId)).singleElement()
                    .satisfies(answer -> assertThat(answer.outcome()).isEqualTo(ErasureOutcome.HELD));
            assertThat(first.getBean(CryptoShredder.class).isErased(personId)).isFalse();
        }

        try (ConfigurableApplicationContext second = RestartableService.start(data, store)) {
            CommandGateway commands = second.getBean(CommandGateway.class);
            EventStore events = second.getBean(EventStore.class);

            commands.sendAndWait(new EndPermit(applicationId, POST, EndReason.CANCELLED, today));

            await().atMost(Duration.ofSeconds(60)).until(() -> answers(events, personId).size() == 2);
            ErasureAnswered erased = answers(events, personId).get(1);
            assertThat(erased.erasureId()).isEqualTo(erasureId);
            assertThat(erased.outcome()).isEqualTo(ErasureOutcome.ERASED);
            assertThat(second.getBean(CryptoShredder.class).isErased(personId)).isTrue();

            List<ConsumerRecord<String, String>> published = TopicRecords.embedded().await(PermitJourney.EVENTS,
                    TopicRecords.keyed(personId).and(PermitJourney.ofType(PermitJourney.PERSONAL_DATA_ERASED)), 2,
                    Duration.ofSeconds(60));
            published.forEach(record -> Contracts.requireValid(record.value()));
            assertThat(published).extracting(ConsumerRecord::value)
                    .allSatisfy(value -> assertThat(value).contains("\"erasureId\":\"" + erasureId + "\""))
                    .anySatisfy(value -> assertThat(value).contains("\"outcome\":\"HELD\""))
                    .anySatisfy(value -> assertThat(value).contains("\"outcome\":\"ERASED\""));
        }
    }

    private static List<ErasureAnswered> answers(EventStore events, String personId) {
        return events.readEvents(personId).asStream().map(e -> e.getPayload())
                .filter(ErasureAnswered.class::isInstance).map(ErasureAnswered.class::cast).toList();
    }

    private static void openAndLodge(CommandGateway commands, String applicationId, String personId) {
        RestartableService.openAndLodge(commands,
                new OpenApplication(applicationId, "pl-" + applicationId, personId, "erasure-scheme", "emp-1", "jo-1",
                        "5321", "PH", "DE", LocalDate.of(2027, 9, 1), 24, POST, "SKILLED_WORK", Duration.ofDays(60)),
                new AddPersonalDetails(applicationId, personId, "P7654321C", "PH", LocalDate.of(1991, 5, 6), Gender.OTHER));
    }

}
