package org.corridor.permits.application;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.CorridorServiceTest;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A permit from lodging to its end over HTTP, with the integration events it publishes checked against their
 * contracts on the raw Kafka records, and the deadlines it raises through the persistent scheduler.
 */
@CorridorServiceTest
class PermitLifecycleHttpTest {

    static final String SCHEME = "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00";
    /** A scheme whose service level (test configuration) is two seconds: its decisions are overdue at once. */
    static final String FAST_SCHEME = "scheme-decided-within-seconds";
    static final String ISSUED = "visa-permit-tracking.permit-issued.v1";
    static final String ENDED = "visa-permit-tracking.permit-ended.v1";
    static final String DEADLINE_RAISED = "visa-permit-tracking.permit-deadline-raised.v1";

    @Autowired
    TestRestTemplate http;

    PermitJourney journey;

    @BeforeEach
    void setUp() {
        journey = new PermitJourney(http);
    }

    private Opened lodged(String scheme) {
        Opened application = journey.open(scheme);
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"CASE-" + application.placementId() + "\"}")));
        journey.completeChecklist(application);
        assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "LODGED"));
        return application;
    }

    /** Once {@code count} records of {@code type} for the application are on the topic: all of its records. */
    private static List<ConsumerRecord<String, String>> published(Opened application, String type, int count) {
        TopicRecords topic = TopicRecords.embedded();
        topic.await(PermitJourney.EVENTS, TopicRecords.keyed(application.applicationId())
                .and(PermitJourney.ofType(type)), count, Duration.ofSeconds(60));
        return topic.now(PermitJourney.EVENTS, TopicRecords.keyed(application.applicationId()));
    }

    private ResponseEntity<Map> consulate(Opened application, String action, String body) {
        return journey.call(HttpMethod.POST, "/applications/" + application.applicationId() + "/" + action,
                PermitTokens.consulate(PermitTokens.MANILA), body);
    }

    @Test
    void an_issued_permit_publishes_its_issue_raises_each_expiry_alert_once_and_its_end_opens_a_return_case() {
        Opened application = lodged(SCHEME);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Valid for 20 more days: both the 90- and the 30-day alerts are due at once.
        LocalDate validUntil = today.plusDays(20);
        assertThat(consulate(application, "approval", "{\"validFrom\":\"" + today.minusDays(300)
                + "\",\"validUntil\":\"" + validUntil + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(consulate(application, "issue", "{\"permitNumber\":\"DE-SW-1\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<ConsumerRecord<String, String>> alerts = published(application, DEADLINE_RAISED, 2);
        alerts.forEach(record -> Contracts.requireValid(record.value()));
        assertThat(alerts).filteredOn(PermitJourney.ofType(ISSUED)).hasSize(1);
        assertThat(alerts).anySatisfy(r -> assertThat(r.value()).contains("\"deadline\":\"EXPIRES_IN_90_DAYS\"")
                .contains("\"dueOn\":\"" + validUntil + "\"").contains("\"post\":\"" + PermitTokens.MANILA + "\""));
        assertThat(alerts).anySatisfy(r -> assertThat(r.value()).contains("\"deadline\":\"EXPIRES_IN_30_DAYS\""));
        assertThat(alerts).noneSatisfy(r -> assertThat(r.value()).contains("P1234567A").contains("1996-04-12"));

        assertThat(consulate(application, "end", "{\"reason\":\"WORKER_DEPARTED\",\"endedOn\":\"" + today + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<ConsumerRecord<String, String>> all = published(application, ENDED, 1);
        all.forEach(record -> Contracts.requireValid(record.value()));
        assertThat(all).anySatisfy(r -> assertThat(r.value()).contains("\"endReason\":\"WORKER_DEPARTED\"")
                .contains("\"employerId\":\"emp-3c9a1f20\"").contains("\"originCountry\":\"PH\""));
        assertThat(all).filteredOn(PermitJourney.ofType(DEADLINE_RAISED)).hasSize(2);
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "ENDED")
                .containsEntry("endReason", "WORKER_DEPARTED"));
    }

    @Test
    void a_decision_not_taken_within_the_schemes_service_level_raises_decision_overdue_once() {
        Opened application = lodged(FAST_SCHEME);

        List<ConsumerRecord<String, String>> records = published(application, DEADLINE_RAISED, 1);
        records.forEach(record -> Contracts.requireValid(record.value()));
        assertThat(records).anySatisfy(r -> assertThat(r.value()).contains("\"deadline\":\"DECISION_OVERDUE\""));
        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat((List<String>) v.get("deadlinesRaised")).hasSize(1));
        assertThat((List<String>) view.get("deadlinesRaised")).allMatch(d -> d.startsWith("DECISION_OVERDUE"));
    }

    @Test
    void a_change_of_employer_amends_the_permit_and_keeps_its_status_and_dates() {
        Opened application = lodged(SCHEME);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate validUntil = today.plusYears(2);
        consulate(application, "approval", "{\"validFrom\":\"" + today + "\",\"validUntil\":\"" + validUntil + "\"}");
        consulate(application, "issue", "{\"permitNumber\":\"DE-SW-2\"}");
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "ISSUED"));

        PermitJourney.produce("employer-matching.events", application.placementId(), PermitJourney.employerChanged(
                application.placementId(), application.personId(), "emp-new-1", UUID.randomUUID().toString()));

        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat(v).containsEntry("employerId", "emp-new-1"));
        assertThat(view).containsEntry("status", "ISSUED").containsEntry("validUntil", validUntil.toString())
                .containsEntry("jobOrderId", "jo-8e3f5c22");
        ResponseEntity<Map> timeline = journey.call(HttpMethod.GET, "/applications/" + application.applicationId()
                + "/timeline", PermitTokens.worker(application.personId()), null);
        assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) timeline.getBody().get("items"))
                .anySatisfy(entry -> assertThat((String) entry.get("what")).contains("emp-new-1")
                        .contains("status and dates unchanged"))
                .noneSatisfy(entry -> assertThat((String) entry.get("what")).contains("P1234567A"));
    }

    @Test
    void monitors_see_decision_times_per_scheme_and_post_and_gender_counts_with_small_cells_suppressed() {
        String scheme = "scheme-counted-" + UUID.randomUUID();
        Opened application = lodged(scheme);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        consulate(application, "refusal", "{\"reasons\":[\"contract below the wage floor\"],\"appealBy\":\""
                + today.plusDays(30) + "\"}");
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "REFUSED"));

        ResponseEntity<Map> times = journey.call(HttpMethod.GET, "/statistics/decision-times?schemeId=" + scheme
                + "&post=" + PermitTokens.MANILA, PermitTokens.monitor(), null);
        assertThat(times.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(times.getBody()).containsEntry("decisions", 1).containsEntry("p50Days", 0)
                .containsEntry("p99Days", 0);

        // One worker declared FEMALE: a count of one is suppressed; nobody declared MALE: zero is shown.
        ResponseEntity<Map> gender = journey.call(HttpMethod.GET, "/statistics/gender?schemeId=" + scheme,
                PermitTokens.monitor(), null);
        assertThat(gender.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) gender.getBody().get("suppressed")).containsExactly("FEMALE");
        Map<String, Object> counts = (Map<String, Object>) gender.getBody().get("counts");
        assertThat(counts.get("FEMALE")).isNull();
        assertThat(counts).containsEntry("MALE", 0);
        assertThat(journey.call(HttpMethod.GET, "/statistics/gender?schemeId=" + scheme,
                PermitTokens.consulate(PermitTokens.MANILA), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
