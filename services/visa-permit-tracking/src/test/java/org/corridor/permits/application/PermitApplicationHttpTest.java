package org.corridor.permits.application;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationIds;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class PermitApplicationHttpTest {

    static final String SCHEME = "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    PermitJourney journey;

    @BeforeEach
    void setUp() {
        journey = new PermitJourney(http);
    }

    @Test
    void the_contract_example_on_the_topic_opens_an_application_at_the_corridors_post() {
        Opened application = journey.open(SCHEME);

        Map<String, Object> view = journey.awaitView(application.applicationId(), v -> { });
        assertThat(view).containsEntry("post", PermitTokens.MANILA)
                .containsEntry("employerId", "emp-3c9a1f20")
                .containsEntry("permitType", "SKILLED_WORK")
                .containsEntry("personalDetailsAdded", false);
        assertThat((Map<String, String>) view.get("checklist")).hasSize(5).containsValue("MISSING");
        var event = eventStore.readEvents(application.applicationId()).next();
        assertThat(event.getMetaData()).containsKeys("userId", "correlationId", "causationId");
    }

    @Test
    void the_same_placement_delivered_twice_opens_one_application() {
        String placementId = "pl-" + UUID.randomUUID().toString().substring(0, 13);
        String personId = UUID.randomUUID().toString();
        // A resend under a new event id (the inbox cannot tell): the event store refuses a second opening.
        PermitJourney.produce("employer-matching.events", placementId,
                PermitJourney.placementAgreed(placementId, personId, SCHEME, UUID.randomUUID().toString()));
        PermitJourney.produce("employer-matching.events", placementId,
                PermitJourney.placementAgreed(placementId, personId, SCHEME, UUID.randomUUID().toString()));
        String applicationId = ApplicationIds.forPlacement(placementId);
        // Same key, same partition: once a later placement of the same key is read, both were handled.
        journey.awaitView(applicationId, v -> assertThat(v).containsEntry("status", "OPEN"));
        Opened sentinel = journey.open(SCHEME);
        assertThat(sentinel.applicationId()).isNotEqualTo(applicationId);
        assertThat(eventStore.readEvents(applicationId).asStream()
                .filter(e -> e.getPayload() instanceof ApplicationOpened).count()).isEqualTo(1);
    }

    @Test
    void a_complete_application_is_lodged_and_the_consulate_sees_the_case() {
        Opened application = journey.open(SCHEME);
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"DE-CASE-" + application.placementId() + "\"}")));
        journey.completeChecklist(application);

        assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        Map<String, Object> view = journey.awaitView(application.applicationId(),
                v -> assertThat(v).containsEntry("status", "LODGED"));
        assertThat(view).containsEntry("caseReference", "DE-CASE-" + application.placementId())
                .containsEntry("personalDetailsAdded", true);
        assertThat((Map<String, Object>) view.get("lodgement")).containsEntry("lastOutcome", "lodged")
                .containsEntry("attempts", 1);
        assertThat(view.get("decisionDueOn")).isNotNull();
    }

    @Test
    void a_refused_transition_names_its_rule_and_the_applications_state() {
        Opened application = journey.open(SCHEME);

        ResponseEntity<Map> response = journey.call(HttpMethod.POST,
                "/applications/" + application.applicationId() + "/approval", PermitTokens.consulate(PermitTokens.MANILA),
                "{\"validFrom\":\"2027-09-01\",\"validUntil\":\"2029-08-31\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("rule", "no-decision-before-lodging")
                .containsEntry("state", "OPEN")
                .containsEntry("type", "urn:corridor:problem:transition-refused");
        assertThat((String) response.getBody().get("detail")).contains("lodge the application first");
    }

    @Test
    void lodging_before_the_checklist_is_complete_is_refused_naming_what_is_missing() {
        Opened application = journey.open(SCHEME);
        assertThat(journey.call(HttpMethod.PUT, "/applications/" + application.applicationId() + "/personal-details",
                PermitTokens.worker(application.personId()),
                "{\"passportNumber\":\"P1234567A\",\"nationality\":\"PH\",\"birthDate\":\"1996-04-12\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> response = journey.lodge(application);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).containsEntry("rule", "lodge-with-every-document-verified");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", "checklist"));
    }

    @Test
    void malformed_personal_details_are_refused_naming_the_field_and_nothing_is_stored() {
        Opened application = journey.open(SCHEME);
        long before = eventStore.readEvents(application.applicationId()).asStream().count();

        ResponseEntity<Map> response = journey.call(HttpMethod.PUT,
                "/applications/" + application.applicationId() + "/personal-details",
                PermitTokens.worker(application.personId()),
                "{\"passportNumber\":\"P1234567A\",\"nationality\":\"Philippines\",\"birthDate\":\"1996-04-12\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", "nationality"));
        assertThat(eventStore.readEvents(application.applicationId()).asStream().count()).isEqualTo(before);
    }

    @Test
    void a_consulate_of_another_post_cannot_read_or_work_the_application() {
        Opened application = journey.open(SCHEME);
        String otherPost = PermitTokens.consulate(PermitTokens.OTHER_POST);
        long before = eventStore.readEvents(application.applicationId()).asStream().count();

        assertThat(journey.get(application.applicationId(), otherPost).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(journey.call(HttpMethod.GET, "/applications/" + application.applicationId() + "/timeline", otherPost,
                null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(journey.call(HttpMethod.POST, "/applications/" + application.applicationId()
                + "/documents/PASSPORT_COPY/receipt", otherPost, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> queue = journey.call(HttpMethod.GET, "/applications?size=200", otherPost, null);
        assertThat((List<Map<String, Object>>) queue.getBody().get("items"))
                .noneSatisfy(item -> assertThat(item).containsEntry("applicationId", application.applicationId()));
        assertThat(eventStore.readEvents(application.applicationId()).asStream().count()).isEqualTo(before);
    }

    @Test
    void a_worker_cannot_read_or_complete_another_workers_application() {
        Opened application = journey.open(SCHEME);
        String otherWorker = PermitTokens.worker(UUID.randomUUID().toString());

        assertThat(journey.get(application.applicationId(), otherWorker).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(journey.call(HttpMethod.PUT, "/applications/" + application.applicationId() + "/personal-details",
                otherWorker, "{\"passportNumber\":\"X1\",\"nationality\":\"PH\",\"birthDate\":\"1990-01-01\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> own = journey.get(application.applicationId(), PermitTokens.worker(application.personId()));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(journey.call(HttpMethod.GET, "/my/applications", otherWorker, null).getBody())
                .containsEntry("total", 0);
    }

    @Test
    void a_caller_without_the_role_is_refused_before_the_body_is_read() {
        Opened application = journey.open(SCHEME);
        ResponseEntity<Map> monitor = journey.call(HttpMethod.POST, "/applications/" + application.applicationId()
                + "/approval", PermitTokens.monitor(), "{not even json");
        assertThat(monitor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(monitor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(journey.call(HttpMethod.GET, "/applications", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void the_consulates_queue_is_paginated_and_filtered_by_status() {
        Opened first = journey.open(SCHEME);
        Opened second = journey.open(SCHEME);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<Map> page = journey.call(HttpMethod.GET, "/applications?status=OPEN&order=AGE&size=1&page=0",
                    PermitTokens.consulate(PermitTokens.MANILA), null);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat((List<?>) page.getBody().get("items")).hasSize(1);
            assertThat(((Number) page.getBody().get("total")).longValue()).isGreaterThanOrEqualTo(2);
        });
        ResponseEntity<Map> all = journey.call(HttpMethod.GET, "/applications?status=OPEN&size=200",
                PermitTokens.consulate(PermitTokens.MANILA), null);
        assertThat((List<Map<String, Object>>) all.getBody().get("items"))
                .extracting(item -> item.get("applicationId"))
                .contains(first.applicationId(), second.applicationId());
        assertThat((List<Map<String, Object>>) all.getBody().get("items"))
                .allSatisfy(item -> assertThat(item).containsEntry("status", "OPEN").containsEntry("post", PermitTokens.MANILA));
    }
}
