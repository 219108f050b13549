package org.corridor.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.audit.AuditMetadata;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Publishes a service's public events to its Kafka topic. Called from event handlers in the
 * {@value #PROCESSING_GROUP} processing group, a tracking processor reading the service's own event store: the
 * event store is the outbox.
 *
 * <p>Within a batch of that processor the sends of different aggregates go out without waiting for one another
 * (an aggregate's next event waits for its previous one, see {@link PendingAcknowledgements}), and
 * {@link AcknowledgementBarrier} holds the batch's commit, and so its token, until Kafka has acknowledged all of
 * them (acks=all). Anywhere else, or with {@code corridor.messaging.acknowledgements=per-event}, each send waits
 * for its acknowledgement. Either way a crash or an outage means a resend with the same event id, never a loss.
 */
public class IntegrationEventPublisher implements AutoCloseable {

    /** The processing group of every handler that publishes integration events. */
    public static final String PROCESSING_GROUP = "integration-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final String source;
    private final String topic;
    private final Duration sendTimeout;
    private final Timer publicationLag;
    // Sends an aggregate's next event once Kafka acknowledged its previous one (never on Kafka's own I/O thread).
    private final ExecutorService chainedSends = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "integration-publisher-chained-sends");
        thread.setDaemon(true);
        return thread;
    });

    public IntegrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper, String source,
                                     String topic, Duration sendTimeout, MeterRegistry meters) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.source = source;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
        this.publicationLag = meters == null ? null : Timer.builder("corridor.integration.publication.lag")
                .description("From an event's timestamp in the event store to Kafka's acknowledgement of it")
                .tag("topic", topic)
                .publishPercentileHistogram()
                .register(meters);
    }

    /** The topic a service publishes to: {@code <service>.events}. */
    public static String topicOf(String service) {
        return service + ".events";
    }

    public String topic() {
        return topic;
    }

    /** The Kafka client this publisher sends with; its producer factory holds the producer's configuration. */
    public KafkaTemplate<String, String> kafkaTemplate() {
        return kafka;
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

        Optional<PendingAcknowledgements> batch = PendingAcknowledgements.ofCurrentBatch();
        CompletableFuture<SendResult<String, String>> acknowledgement = batch.isPresent()
                ? batch.get().send(envelope, () -> send(record, envelope), chainedSends)
                : send(record, envelope);
        if (batch.isEmpty()) {
            PendingAcknowledgements.await(envelope, acknowledgement, sendTimeout.toNanos());
        }
    }

    private CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record,
                                                               IntegrationEventEnvelope envelope) {
        CompletableFuture<SendResult<String, String>> acknowledgement = kafka.send(record);
        if (publicationLag != null) {
            Instant occurredAt = envelope.occurredAt();
            acknowledgement.thenRun(() -> publicationLag.record(Duration.between(occurredAt, Instant.now())));
        }
        return acknowledgement;
    }

    @Override
    public void close() {
        chainedSends.shutdownNow();
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

    /** Kafka did not acknowledge the event (in time); the processor retries its batch from its token. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(IntegrationEventEnvelope envelope, Throwable cause) {
            super("Kafka did not acknowledge " + envelope.eventType() + " " + envelope.eventId(), cause);
        }
    }
}
