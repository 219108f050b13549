package org.corridor.returns.returncase;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.corridor.returns.ReturnReintegrationApplication;
import org.corridor.returns.SocialSecurityStandIn;
import org.corridor.returns.benefit.api.BenefitKind;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.benefit.api.ClaimStatusCheckDue;
import org.corridor.returns.benefit.api.ClaimStatusCheckScheduled;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.FollowUpRaised;
import org.corridor.returns.returncase.api.FollowUpScheduled;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups and benefit claims' status checks are persistent deadlines: scheduled by one instance of the service,
 * still pending when it stops, and raised exactly once each by the next instance on the same store. Two instances are started here on one H2 file
 * (not the module's shared test context), their Kafka listeners off so they take no records from it.
 */
class FollowUpRestartTest {

    @Test
    void follow_ups_and_status_checks_pending_at_a_restart_are_raised_once_each_by_the_next_instance() {
        String store = "follow-ups-" + UUID.randomUUID().toString().substring(0, 8);
        String returnCaseId = "rc-" + UUID.randomUUID();
        String claimId = "bc-" + UUID.randomUUID();
        String insuranceNumber = "67-" + UUID.randomUUID().toString().substring(0, 8);
        WireMockServer destination = SocialSecurityStandIn.server();
        destination.stubFor(post("/portability-claims")
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"reference\": \"DRV-" + insuranceNumber + "\", \"status\": \"RECEIVED\"}")));
        destination.stubFor(get("/portability-claims/DRV-" + insuranceNumber)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"status": "GRANTED", "decidedOn": "2026-11-03",
                         "grantedAmount": {"amount": "412.50", "currency": "EUR"}}""")));
        List<FollowUpScheduled> scheduled;
        ClaimStatusCheckScheduled check;
        try (ConfigurableApplicationContext first = start(store)) {
            first.getBean(CommandGateway.class).sendAndWait(new RegisterReturn(returnCaseId,
                    PersonId.of("person-" + UUID.randomUUID()), CountryCode.of("PH"), CountryCode.of("DE"), null,
                    LocalDate.now(), null, LocalDate.now()));
            scheduled = events(first, returnCaseId, FollowUpScheduled.class);
            assertThat(scheduled).extracting(FollowUpScheduled::followUp).containsExactly(FollowUp.values());
            assertThat(scheduled).allSatisfy(s ->
                    assertThat(job(first, s.scheduleId()).getState()).isEqualTo(StateName.SCHEDULED));

            // A benefit claim received by the destination: its first status check is pending at the restart.
            first.getBean(CommandGateway.class).sendAndWait(new FileBenefitClaim(claimId,
                    PersonId.of("person-" + UUID.randomUUID()), CountryCode.of("PH"), CountryCode.of("DE"),
                    BenefitKind.PENSION_RIGHTS, LocalDate.now().minusYears(2), LocalDate.now().minusMonths(1),
                    insuranceNumber, null, LocalDate.now()));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    !events(first, claimId, ClaimStatusCheckScheduled.class).isEmpty());
            check = events(first, claimId, ClaimStatusCheckScheduled.class).get(0);
            assertThat(job(first, check.scheduleId()).getState()).isEqualTo(StateName.SCHEDULED);
        }

        try (ConfigurableApplicationContext second = start(store)) {
            assertThat(events(second, returnCaseId, FollowUpRaised.class)).as("nothing raised before the restart")
                    .isEmpty();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    scheduled.stream().allMatch(s -> job(second, s.scheduleId()).getState() == StateName.SUCCEEDED));
            assertThat(raisedPerFollowUp(second, returnCaseId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    FollowUp.THREE_MONTHS, 1L, FollowUp.SIX_MONTHS, 1L, FollowUp.TWELVE_MONTHS, 1L));

            // Delivery is at least once: a crash after the follow-up was raised and before JobRunr marked the job
            // done delivers it again, as here. The case ignores the second delivery.
            Job first = job(second, scheduled.get(0).scheduleId());
            String deadlineDetails = (String) first.getJobDetails().getJobParameters().get(0).getObject();
            second.getBean(JobRunrDeadlineManager.class).execute(deadlineDetails, first.getId().toString());
            assertThat(raisedPerFollowUp(second, returnCaseId)).containsEntry(FollowUp.THREE_MONTHS, 1L);

            // The status check fires in the second instance, and its answer is recorded once, also when the
            // deadline is delivered again.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    !events(second, claimId, ClaimStatusChangedAtDestination.class).isEmpty());
            Job statusCheck = job(second, check.scheduleId());
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    job(second, check.scheduleId()).getState() == StateName.SUCCEEDED);
            second.getBean(JobRunrDeadlineManager.class).execute(
                    (String) statusCheck.getJobDetails().getJobParameters().get(0).getObject(),
                    statusCheck.getId().toString());
            assertThat(events(second, claimId, ClaimStatusCheckDue.class)).hasSize(1);
            assertThat(events(second, claimId, ClaimStatusChangedAtDestination.class)).singleElement()
                    .satisfies(changed -> assertThat(changed.status()).isEqualTo(DestinationStatus.GRANTED));
        }
    }

    static ConfigurableApplicationContext start(String store) {
        return start(store, "test-" + store);
    }

    /** An instance of the service on the event store {@code store}, as node {@code nodeId}. */
    static ConfigurableApplicationContext start(String store, String nodeId) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.kafka.bootstrap-servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("spring.data.mongodb.uri", EmbeddedInfrastructure.mongoUri());
        properties.put("spring.data.mongodb.database", store);
        properties.put("spring.datasource.url", "jdbc:h2:file:" + Path.of("target", store, "events").toAbsolutePath()
                + ";WRITE_DELAY=0");
        properties.put("corridor.event-store.node-id", nodeId);
        // A first command on a cold instance of a loaded machine can take longer than the default 10 s to answer.
        properties.put("corridor.commands.timeout", "60s");
        properties.put("corridor.security.jwt.hmac-secret", EmbeddedInfrastructure.TEST_JWT_SECRET);
        properties.put("axoniq.update-checker.disabled", "true");
        // Due soon after the first instance stops (JobRunr looks one 5 s poll ahead), in order.
        properties.put("corridor.returns.follow-ups", "PT20S,PT22S,PT24S");
        properties.put("corridor.returns.social-security.status-first-check", "PT21S");
        properties.put("corridor.returns.social-security.status-longest-wait", "PT60S");
        // As command-line arguments: above the platform defaults, as the environment would be.
        return new SpringApplicationBuilder(ReturnReintegrationApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    private static Job job(ConfigurableApplicationContext context, String scheduleId) {
        return context.getBean(StorageProvider.class).getJobById(UUID.fromString(scheduleId));
    }

    private static <T> List<T> events(ConfigurableApplicationContext context, String aggregateId, Class<T> type) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .map(event -> event.getPayload()).filter(type::isInstance).map(type::cast).toList();
    }

    private static Map<FollowUp, Long> raisedPerFollowUp(ConfigurableApplicationContext context, String caseId) {
        return events(context, caseId, FollowUpRaised.class).stream()
                .collect(Collectors.groupingBy(FollowUpRaised::followUp, Collectors.counting()));
    }
}
