package org.corridor.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.audit.AuditMetadata;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes a service's public events to its Kafka topic. Called from event handlers in the
 * {@value #PROCESSING_GROUP} processing group, a tracking processor reading the service's own event store: the
 * event store is the outbox. A send is acknowledged (acks=all) before the processor's token moves past the
 * event, so a crash means a resend with the same event id, never a loss.
 */
public class IntegrationEventPublisher {

    /** The processing group of every handler that publishes integration events. */
    public static final String PROCESSING_GROUP = "integration-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final String source;
    private final String topic;
    private final long sendTimeoutMillis;

    public IntegrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper, String source,
                                     String topic, long sendTimeoutMillis) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.source = source;
        this.topic = topic;
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    /** The topic a service publishes to: {@code <service>.events}. */
    public static String topicOf(String service) {
        return service + ".events";
    }

    public String topic() {
        return topic;
    }

    /**
     * @param cause     the stored event being published; its id becomes the integration event id
     * @param eventType the contract, {@code <service>.<event>.v<N>}
     * @param payload   the public form of the event, as its schema in {@code contracts/} describes
     */
    public void publish(EventMessage<?> cause, String eventType, Object payload) {
        if (!(cause instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalArgumentException("only events of an aggregate are published: " + cause.getPayloadType());
        }
        IntegrationEventEnvelope envelope = new IntegrationEventEnvelope(
                cause.getIdentifier(), eventType, source, domainEvent.getAggregateIdentifier(),
                domainEvent.getSequenceNumber(), cause.getTimestamp(),
                metaData(cause, AuditMetadata.CORRELATION_ID, cause.getIdentifier()),
                metaData(cause, AuditMetadata.CAUSATION_ID, cause.getIdentifier()),
                objectMapper.valueToTree(payload));
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, envelope.aggregateId(), json(envelope));
        record.headers()
                .add(IntegrationHeaders.EVENT_ID, bytes(envelope.eventId()))
                .add(IntegrationHeaders.EVENT_TYPE, bytes(eventType))
                .add(IntegrationHeaders.CORRELATION_ID, bytes(envelope.correlationId()))
                .add(IntegrationHeaders.CAUSATION_ID, bytes(envelope.causationId()));
        try {
            kafka.send(record).get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(envelope, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailedException(envelope, e);
        }
    }

    private String json(IntegrationEventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + envelope.eventType(), e);
        }
    }

    private static String metaData(EventMessage<?> message, String key, String fallback) {
        return Objects.toString(message.getMetaData().get(key), fallback);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Kafka did not acknowledge the event in time; the processor retries it from its token. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(IntegrationEventEnvelope envelope, Throwable cause) {
            super("Kafka did not acknowledge " + envelope.eventType() + " " + envelope.eventId(), cause);
        }
    }
}
