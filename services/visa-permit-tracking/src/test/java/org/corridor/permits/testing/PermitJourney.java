package org.corridor.permits.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.permits.application.api.ApplicationIds;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A permit application's way through the service over HTTP, opened by a real placement event on the topic. */
public final class PermitJourney {

    public static final String PLACEMENT_AGREED = "employer-matching.placement-agreed.v1";
    public static final String EMPLOYER_CHANGED = "employer-matching.employer-changed.v1";
    public static final String ERASURE_REQUESTED = "identity.erasure-requested.v1";
    public static final String PERSONAL_DATA_ERASED = "visa-permit-tracking.personal-data-erased.v1";
    /** Where the service publishes; read in tests with the kernel's {@code TopicRecords}. */
    public static final String EVENTS = "visa-permit-tracking.events";
    public static final String DOCUMENTS = "PASSPORT_COPY,EMPLOYMENT_CONTRACT,RECOGNITION_DECISION,MEDICAL_CERTIFICATE,"
            + "POLICE_CLEARANCE";

    private final TestRestTemplate http;

    public PermitJourney(TestRestTemplate http) {
        this.http = http;
    }

    /** The contract's example with fresh ids, produced to {@code employer-matching.events}; returns the event. */
    public static String placementAgreed(String placementId, String personId, String schemeId, String eventId) {
        String json = Contracts.example(PLACEMENT_AGREED)
                .replace("pl-91b0c7e2", placementId)
                .replace("afb206da-1cd7-5b8d-864c-510b1433f7b4", eventId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId);
        Contracts.requireValid(json);
        return json;
    }

    public static String employerChanged(String placementId, String personId, String newEmployerId, String eventId) {
        String json = Contracts.example(EMPLOYER_CHANGED)
                .replace("pl-91b0c7e2", placementId)
                .replace("40faf2ad-fc97-5408-930b-15a402cf519f", eventId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("emp-4d0b2a31", newEmployerId);
        Contracts.requireValid(json);
        return json;
    }

    public static void produce(String topic, String key, String value) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    /** The contract's example of a person's erasure request, with fresh ids, for {@code identity.events}. */
    public static String erasureRequested(String erasureId, String personId, String eventId) {
        String json = Contracts.example(ERASURE_REQUESTED)
                .replace("5d1c9a7e-2f4b-5c8d-9e0a-1b2c3d4e5f60", eventId)
                .replace("e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", erasureId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId);
        Contracts.requireValid(json);
        return json;
    }

    /** A placement agreed for a new person under {@code schemeId}: the application, once the consulate can read it. */
    public Opened open(String schemeId) {
        return open(schemeId, UUID.randomUUID().toString());
    }

    /** A placement agreed for {@code personId} under {@code schemeId}. */
    public Opened open(String schemeId, String personId) {
        String placementId = "pl-" + UUID.randomUUID().toString().substring(0, 13);
        produce("employer-matching.events", placementId,
                placementAgreed(placementId, personId, schemeId, UUID.randomUUID().toString()));
        String applicationId = ApplicationIds.forPlacement(placementId);
        awaitView(applicationId, view -> assertThat(view).containsEntry("status", "OPEN"));
        return new Opened(applicationId, placementId, personId);
    }

    /** Worker's details added, every document received and verified. */
    public void completeChecklist(Opened application) {
        assertThat(call(HttpMethod.PUT, "/applications/" + application.applicationId() + "/personal-details",
                PermitTokens.worker(application.personId()),
                "{\"passportNumber\":\"P1234567A\",\"nationality\":\"PH\",\"birthDate\":\"1996-04-12\","
                        + "\"gender\":\"FEMALE\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        for (String document : DOCUMENTS.split(",")) {
            for (String step : new String[]{"receipt", "verification"}) {
                assertThat(call(HttpMethod.POST, "/applications/" + application.applicationId() + "/documents/"
                        + document + "/" + step, PermitTokens.consulate(PermitTokens.MANILA), null).getStatusCode())
                        .isEqualTo(HttpStatus.NO_CONTENT);
            }
        }
    }

    public ResponseEntity<Map> lodge(Opened application) {
        return call(HttpMethod.POST, "/applications/" + application.applicationId() + "/lodgement",
                PermitTokens.consulate(PermitTokens.MANILA), null);
    }

    public Map<String, Object> awaitView(String applicationId, java.util.function.Consumer<Map<String, Object>> check) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> view = get(applicationId, PermitTokens.consulate(PermitTokens.MANILA));
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            check.accept(view.getBody());
        });
        return get(applicationId, PermitTokens.consulate(PermitTokens.MANILA)).getBody();
    }

    public ResponseEntity<Map> get(String applicationId, String token) {
        return call(HttpMethod.GET, "/applications/" + applicationId, token, null);
    }

    public ResponseEntity<Map> call(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, token);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }

    /** A published record of this integration event type. */
    public static Predicate<ConsumerRecord<String, String>> ofType(String eventType) {
        return record -> record.value().contains("\"eventType\":\"" + eventType + "\"");
    }

    /** The key the application lodges under, as the immigration system sees it. */
    public static String idempotencyKey(String applicationId) {
        return UUID.nameUUIDFromBytes(("lodge:" + applicationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public record Opened(String applicationId, String placementId, String personId) {
    }
}
