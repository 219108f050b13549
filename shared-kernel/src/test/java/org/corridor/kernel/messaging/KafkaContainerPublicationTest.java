package org.corridor.kernel.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.messaging.sample.AmendDossier;
import org.corridor.kernel.messaging.sample.OpenDossier;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.kernel.messaging.TopicRecords.header;
import static org.corridor.kernel.messaging.TopicRecords.keyed;

/**
 * The publisher against a real Apache Kafka image, where Docker is available (skipped, and reported as skipped,
 * where it is not): keyed, ordered, acknowledged by an idempotent producer.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = KafkaContainerPublicationTest.RealKafka.class)
class KafkaContainerPublicationTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Test
    void a_real_broker_receives_an_aggregates_events_in_order_from_an_idempotent_producer() throws Exception {
        String dossierId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(dossierId, "on a real broker"));
        commands.sendAndWait(new AmendDossier(dossierId, "still on a real broker"));
        List<String> storedIds = eventStore.readEvents(dossierId).asStream().map(DomainEventMessage::getIdentifier).toList();

        List<ConsumerRecord<String, String>> published = TopicRecords.on(KAFKA.getBootstrapServers())
                .await(IntegrationEventPublicationTest.TOPIC, keyed(dossierId), 2, Duration.ofSeconds(30));

        assertThat(published).extracting(record -> header(record, IntegrationHeaders.EVENT_ID))
                .containsExactlyElementsOf(storedIds);
        assertThat(published).extracting(ConsumerRecord::partition).containsOnly(published.get(0).partition());
        TopicPartition partition = new TopicPartition(IntegrationEventPublicationTest.TOPIC, published.get(0).partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            List<ProducerState> producers = admin.describeProducers(List.of(partition))
                    .partitionResult(partition).get().activeProducers();
            assertThat(producers).isNotEmpty().allSatisfy(p -> assertThat(p.producerId()).isNotNegative());
        }
    }

    /** The container's broker instead of the embedded one; the rest as every other test service. */
    static class RealKafka implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String store = UUID.randomUUID().toString();
            TestPropertyValues.of(
                    "spring.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers(),
                    "spring.data.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                    "spring.datasource.url=jdbc:h2:mem:" + store + ";DB_CLOSE_DELAY=-1",
                    "corridor.event-store.node-id=test-" + store,
                    "corridor.security.jwt.hmac-secret=" + EmbeddedInfrastructure.TEST_JWT_SECRET,
                    "axoniq.update-checker.disabled=true"
            ).applyTo(context);
        }
    }
}
