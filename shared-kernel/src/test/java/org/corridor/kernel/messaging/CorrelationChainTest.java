package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.messaging.sample.ReceiptPolicy;
import org.corridor.kernel.messaging.sample.ReceiptRecorded;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.kernel.messaging.TopicRecords.header;
import static org.corridor.kernel.messaging.TopicRecords.keyed;

/**
 * One outside request, followed across the service boundary: HTTP request -> command -> stored event -> Kafka
 * record -> consumer -> the command it sends -> the event that command stores.
 */
@CorridorServiceTest
class CorrelationChainTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void the_correlation_id_of_a_request_reaches_what_a_consumer_of_its_events_causes() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer("clerk-7", "ORIGIN_AGENCY", "agency-ph", "PH"));
        headers.set("X-Correlation-Id", correlationId);
        ResponseEntity<Map> opened = http.postForEntity("/dossiers",
                new HttpEntity<>(Map.of("title", ReceiptPolicy.ASKS_FOR_RECEIPT + "chain"), headers), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String dossierId = (String) opened.getBody().get("dossierId");

        // The stored event: who, within which flow, caused by the command
        DomainEventMessage<?> stored = eventStore.readEvents(dossierId).next();
        assertThat(stored.getMetaData())
                .containsEntry("correlationId", correlationId)
                .containsEntry("userId", "clerk-7")
                .containsEntry("role", "ORIGIN_AGENCY");
        String commandId = (String) stored.getMetaData().get("causationId");
        assertThat(commandId).isNotBlank().isNotEqualTo(stored.getIdentifier());

        // On Kafka: the integration event is the stored event, in the same flow, with the same cause
        ConsumerRecord<String, String> record = TopicRecords.embedded()
                .await(IntegrationEventPublicationTest.TOPIC, keyed(dossierId), 1, Duration.ofSeconds(20)).get(0);
        JsonNode envelope = objectMapper.readTree(record.value());
        assertThat(header(record, IntegrationHeaders.EVENT_ID)).isEqualTo(stored.getIdentifier());
        assertThat(header(record, IntegrationHeaders.CORRELATION_ID)).isEqualTo(correlationId);
        assertThat(header(record, IntegrationHeaders.CAUSATION_ID)).isEqualTo(commandId);
        assertThat(envelope.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(envelope.get("causationId").asText()).isEqualTo(commandId);

        // The consumer's command and the event it stored: same flow, acted by the service itself, caused by the
        // integration event (the command) and by that command (the event)
        String receiptId = ReceiptPolicy.receiptIdOf(dossierId);
        await().atMost(Duration.ofSeconds(20)).until(() -> eventStore.readEvents(receiptId).hasNext());
        DomainEventMessage<?> receipt = eventStore.readEvents(receiptId).next();
        assertThat(receipt.getMetaData())
                .containsEntry("correlationId", correlationId)
                .containsEntry("userId", "system:messaging-test")
                .containsEntry("role", "SYSTEM")
                .containsEntry("organisation", "messaging-test");
        ReceiptRecorded recorded = (ReceiptRecorded) receipt.getPayload();
        assertThat(recorded.commandCausationId()).isEqualTo(stored.getIdentifier());
        assertThat(receipt.getMetaData().get("causationId")).isNotNull()
                .isNotEqualTo(stored.getIdentifier()).isNotEqualTo(commandId);
    }
}
