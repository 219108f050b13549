package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.messaging.sample.AmendDossier;
import org.corridor.kernel.messaging.sample.DossierPublication;
import org.corridor.kernel.messaging.sample.OpenDossier;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.kernel.messaging.TopicRecords.header;
import static org.corridor.kernel.messaging.TopicRecords.keyed;

@CorridorServiceTest
class IntegrationEventPublicationTest {

    static final String TOPIC = "messaging-test.events";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    IntegrationEventPublisher publisher;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void all_events_of_an_aggregate_go_to_one_partition_in_the_order_they_were_stored() throws Exception {
        String dossierId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(dossierId, "version 0"));
        for (int version = 1; version <= 5; version++) {
            commands.sendAndWait(new AmendDossier(dossierId, "version " + version));
        }
        List<String> storedIds = eventStore.readEvents(dossierId).asStream().map(DomainEventMessage::getIdentifier).toList();

        List<ConsumerRecord<String, String>> published =
                TopicRecords.embedded().await(TOPIC, keyed(dossierId), 6, Duration.ofSeconds(20));

        assertThat(published).extracting(ConsumerRecord::partition).containsOnly(published.get(0).partition());
        assertThat(published).extracting(record -> header(record, IntegrationHeaders.EVENT_ID))
                .containsExactlyElementsOf(storedIds);
        assertThat(published).extracting(record -> envelope(record).get("aggregateVersion").asLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(published).extracting(record -> envelope(record).path("payload").get("title").asText())
                .containsExactly("version 0", "version 1", "version 2", "version 3", "version 4", "version 5");
    }

    @Test
    void the_producer_waits_for_all_in_sync_replicas_and_is_idempotent() throws Exception {
        ProducerConfig effective = new ProducerConfig(
                publisher.kafkaTemplate().getProducerFactory().getConfigurationProperties());
        assertThat(effective.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("-1");
        assertThat(effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
        assertThat(effective.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)).isLessThanOrEqualTo(5);
        assertThat(effective.getInt(ProducerConfig.RETRIES_CONFIG)).isPositive();

        // The broker keeps producer state (id, epoch, last sequence) only for idempotent producers, and only the
        // publisher writes to this topic: state on the partition proves idempotence is in effect on the wire.
        String dossierId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(dossierId, "idempotent"));
        ConsumerRecord<String, String> record =
                TopicRecords.embedded().await(TOPIC, keyed(dossierId), 1, Duration.ofSeconds(20)).get(0);
        TopicPartition partition = new TopicPartition(TOPIC, record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            List<ProducerState> producers = admin.describeProducers(List.of(partition))
                    .partitionResult(partition).get().activeProducers();
            assertThat(producers).isNotEmpty()
                    .allSatisfy(producer -> assertThat(producer.producerId()).isNotNegative())
                    .anySatisfy(producer -> assertThat(producer.lastSequence()).isNotNegative());
        }
    }

    @Test
    void the_envelope_and_headers_carry_the_stored_event_id_type_correlation_and_cause() throws Exception {
        String dossierId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenDossier(dossierId, "enveloped"))
                .andMetaData(Map.of("correlationId", correlationId)));
        DomainEventMessage<?> stored = eventStore.readEvents(dossierId).next();

        ConsumerRecord<String, String> record =
                TopicRecords.embedded().await(TOPIC, keyed(dossierId), 1, Duration.ofSeconds(20)).get(0);
        JsonNode envelope = envelope(record);
        String causationId = (String) stored.getMetaData().get("causationId");

        assertThat(causationId).isNotBlank();
        assertThat(header(record, IntegrationHeaders.EVENT_ID)).isEqualTo(stored.getIdentifier());
        assertThat(header(record, IntegrationHeaders.EVENT_TYPE)).isEqualTo(DossierPublication.OPENED);
        assertThat(header(record, IntegrationHeaders.CORRELATION_ID)).isEqualTo(correlationId);
        assertThat(header(record, IntegrationHeaders.CAUSATION_ID)).isEqualTo(causationId);
        assertThat(envelope.get("eventId").asText()).isEqualTo(stored.getIdentifier());
        assertThat(envelope.get("eventType").asText()).isEqualTo(DossierPublication.OPENED);
        assertThat(envelope.get("source").asText()).isEqualTo("messaging-test");
        assertThat(envelope.get("aggregateId").asText()).isEqualTo(dossierId);
        assertThat(envelope.get("aggregateVersion").asLong()).isZero();
        assertThat(Instant.parse(envelope.get("occurredAt").asText())).isEqualTo(stored.getTimestamp());
        assertThat(envelope.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(envelope.get("causationId").asText()).isEqualTo(causationId);
        assertThat(envelope.path("payload").get("title").asText()).isEqualTo("enveloped");
    }

    @Test
    void the_publisher_holds_each_batch_for_its_acknowledgements_exactly_once() {
        assertThat(processing.interceptorsFor(IntegrationEventPublisher.PROCESSING_GROUP))
                .filteredOn(AcknowledgementBarrier.class::isInstance)
                .hasSize(1);
    }

    private JsonNode envelope(ConsumerRecord<String, String> record) throws Exception {
        return objectMapper.readTree(record.value());
    }
}
