package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producers' one-line contract check: what a service published, each record against its schema. */
class PublishedIntegrationEventsTest {

    static final String SERVICE = "skills-recognition";
    static final String EVENT_TYPE = "skills-recognition.scheme-defined.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void events_that_meet_their_contract_pass_and_are_returned_in_order() throws Exception {
        String schemeId = UUID.randomUUID().toString();
        publish(schemeId, example(schemeId, 0));
        publish(schemeId, example(schemeId, 1));

        assertThat(PublishedIntegrationEvents.requireValid(SERVICE, schemeId, 2))
                .extracting(record -> JSON.readTree(record.value()).get("aggregateVersion").asInt())
                .containsExactly(0, 1);
    }

    @Test
    void an_event_that_breaks_its_contract_fails_naming_what_is_wrong() throws Exception {
        String schemeId = UUID.randomUUID().toString();
        ObjectNode broken = example(schemeId, 0);
        ((ObjectNode) broken.get("payload")).remove("originCountry");
        publish(schemeId, broken);

        assertThatThrownBy(() -> PublishedIntegrationEvents.requireValid(SERVICE, schemeId))
                .isInstanceOf(Contracts.ContractViolation.class)
                .hasMessageContaining("originCountry");
    }

    private static ObjectNode example(String schemeId, int version) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Contracts.example(EVENT_TYPE));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("aggregateId", schemeId);
        event.put("aggregateVersion", version);
        ((ObjectNode) event.get("payload")).put("schemeId", schemeId);
        return event;
    }

    private static void publish(String key, ObjectNode value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(IntegrationEventPublisher.topicOf(SERVICE), key, value.toString())).get();
        }
    }
}
