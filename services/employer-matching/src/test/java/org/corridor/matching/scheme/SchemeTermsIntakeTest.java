package org.corridor.matching.scheme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.KafkaHeaders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class SchemeTermsIntakeTest {

    static final String TYPE = "skills-recognition.scheme-defined.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Test
    void the_contract_example_becomes_readable_scheme_terms() {
        String schemeId = UUID.randomUUID().toString();
        send(schemeId, example(schemeId, UUID.randomUUID().toString(), 0, "Philippines-Germany care workers 2027"));

        Map<String, Object> terms = awaitScheme(schemeId, "Philippines-Germany care workers 2027");
        assertThat(terms).containsEntry("destinationCountry", "DE");
        assertThat((List<Map<String, Object>>) terms.get("occupations"))
                .anySatisfy(o -> assertThat(o).containsEntry("iscoCode", "5321").containsEntry("monthlyWageFloor", "2650.00"));
    }

    @Test
    void the_same_event_twice_changes_nothing() {
        String schemeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(schemeId, example(schemeId, eventId, 0, "first"));
        awaitScheme(schemeId, "first");
        // A resend carries the same event id; its name is altered only to make a second application visible.
        send(schemeId, example(schemeId, eventId, 0, "second"));
        // Same key, same partition: once this sentinel is read, the resend before it has been handled.
        String sentinel = UUID.randomUUID().toString();
        send(schemeId, example(sentinel, UUID.randomUUID().toString(), 0, "sentinel"));
        awaitScheme(sentinel, "sentinel");
        assertThat(get(schemeId).getBody()).containsEntry("name", "first");
    }

    @Test
    void an_older_version_never_overwrites_a_newer_one() {
        String schemeId = UUID.randomUUID().toString();
        send(schemeId, example(schemeId, UUID.randomUUID().toString(), 3, "newer"));
        awaitScheme(schemeId, "newer");
        send(schemeId, example(schemeId, UUID.randomUUID().toString(), 1, "older"));
        String sentinel = UUID.randomUUID().toString();
        send(schemeId, example(sentinel, UUID.randomUUID().toString(), 0, "sentinel"));
        awaitScheme(sentinel, "sentinel");
        assertThat(get(schemeId).getBody()).containsEntry("name", "newer");
    }

    @Test
    void a_scheme_whose_payload_breaks_the_schema_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_is_read()
            throws Exception {
        String schemeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ObjectNode broken = (ObjectNode) JSON.readTree(example(schemeId, eventId, 0, "broken"));
        ObjectNode payload = (ObjectNode) broken.get("payload");
        payload.remove("destinationCountry");
        ((ObjectNode) payload.withArray("quotas").get(0)).put("track", "ELSEWHERE");
        send(schemeId, broken.toString());
        // Same key, same partition: the next record is read only once the broken one is out of the way.
        String nextId = UUID.randomUUID().toString();
        send(schemeId, example(schemeId, nextId, 1, "the next one"));

        awaitScheme(schemeId, "the next one");
        ConsumerRecord<String, String> deadLetter = TopicRecords.embedded()
                .await("skills-recognition.events.DLT", TopicRecords.keyed(schemeId), 1, Duration.ofSeconds(10))
                .get(0);
        assertThat(JSON.readTree(deadLetter.value()).path("eventId").asText()).isEqualTo(eventId);
        assertThat(TopicRecords.header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("payload of " + TYPE + " " + eventId + " breaks the consumer's copy of its schema")
                .contains("2 violation(s)")
                .contains("destinationCountry")
                .contains("$.quotas[0].track");
        assertThat(TopicRecords.header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC))
                .isEqualTo("skills-recognition.events");
    }

    @Test
    void an_unknown_scheme_is_a_not_found_problem() {
        ResponseEntity<Map> response = get("no-such-scheme");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:not-found");
    }

    private Map<String, Object> awaitScheme(String schemeId, String name) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<Map> response = get(schemeId);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("name", name);
        });
        return get(schemeId).getBody();
    }

    private ResponseEntity<Map> get(String schemeId) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer("e-1", "EMPLOYER", "employer-1", "DE"));
        return http.exchange("/schemes/" + schemeId, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }

    private static String example(String schemeId, String eventId, int version, String name) {
        String json = Contracts.example(TYPE)
                .replace("0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", schemeId)
                .replace("5f0c2a4e-8b1d-4c39-9a57-0e7d9c1b2a31", eventId)
                .replace("\"aggregateVersion\": 0", "\"aggregateVersion\": " + version)
                .replace("\"name\": \"Philippines-Germany care workers 2027\"", "\"name\": \"" + name + "\"");
        Contracts.requireValid(json);
        return json;
    }

    private static void send(String key, String value) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("skills-recognition.events", key, value));
        }
    }
}
