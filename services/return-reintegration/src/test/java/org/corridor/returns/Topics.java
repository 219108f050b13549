package org.corridor.returns;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * The real topics of the shared test broker: records sent as another service would send them, and this service's
 * integration events read through the kernel's {@link TopicRecords}.
 */
public final class Topics {

    public static final String OWN = "return-reintegration.events";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Topics() {
    }

    /** Sends a record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("acks", "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** The integration events of {@code eventType} keyed {@code key}. */
    public static Predicate<ConsumerRecord<String, String>> event(String key, String eventType) {
        return TopicRecords.keyed(key).and(r -> eventType.equals(TopicRecords.header(r, "corridor-event-type")));
    }

    /** Waits until the event is on the topic, and returns the first one. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, String key, String eventType) {
        return TopicRecords.embedded().await(topic, event(key, eventType), 1, WAIT).get(0);
    }
}
