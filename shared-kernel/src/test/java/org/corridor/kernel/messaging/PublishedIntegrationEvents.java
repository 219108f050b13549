package org.corridor.kernel.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;

import java.time.Duration;
import java.util.List;

/**
 * For a producer's tests, in one line: what the service published about an aggregate, each record checked
 * against its contract in {@code contracts/} (envelope and payload schema).
 *
 * <pre>{@code
 * List<ConsumerRecord<String, String>> published = PublishedIntegrationEvents.requireValid("skills-recognition", schemeId);
 * }</pre>
 *
 * Needs {@code org.corridor:contracts} on the test classpath (services have it as a test dependency).
 */
public final class PublishedIntegrationEvents {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private PublishedIntegrationEvents() {
    }

    /**
     * Waits until {@code service} has published at least one event keyed {@code aggregateId} on its topic
     * ({@code <service>.events}, the embedded broker), then checks every such record against its contract.
     *
     * @return the records, in the order of their partition
     * @throws Contracts.ContractViolation naming every violation of the first record that breaks its contract
     */
    public static List<ConsumerRecord<String, String>> requireValid(String service, String aggregateId) {
        return requireValid(service, aggregateId, 1);
    }

    /** As {@link #requireValid(String, String)}, waiting until at least {@code count} events were published. */
    public static List<ConsumerRecord<String, String>> requireValid(String service, String aggregateId, int count) {
        TopicRecords.embedded().await(IntegrationEventPublisher.topicOf(service), TopicRecords.keyed(aggregateId),
                count, WAIT);
        List<ConsumerRecord<String, String>> published = TopicRecords.embedded()
                .now(IntegrationEventPublisher.topicOf(service), TopicRecords.keyed(aggregateId));
        published.forEach(record -> Contracts.requireValid(record.value()));
        return published;
    }
}
