package org.corridor.kernel.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Creates {@code <topic>.DLT} for every topic a listener of this service reads, before the listeners start: a
 * broker that does not create topics on first use would otherwise refuse the first dead letter, and the record
 * would be retried for ever, blocking its partition. They keep a dead letter for
 * {@code corridor.messaging.dead-letter-retention} (28 days): it waits for a person.
 */
class DeadLetterTopics implements SmartLifecycle {

    static final String SUFFIX = ".DLT";

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin admin;
    private final int partitions;
    private final Duration retention;
    private final Duration segmentRoll;
    private volatile boolean running;

    DeadLetterTopics(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin, int partitions, Duration retention,
                     Duration segmentRoll) {
        this.listeners = listeners;
        this.admin = admin;
        this.partitions = partitions;
        this.retention = retention;
        this.segmentRoll = segmentRoll;
    }

    @Override
    public void start() {
        running = true;
        if (listeners == null || admin == null) {
            return;
        }
        NewTopic[] deadLetterTopics = listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getContainerProperties)
                .map(ContainerProperties::getTopics)
                .filter(Objects::nonNull)
                .flatMap(Arrays::stream)
                .filter(topic -> !topic.endsWith(SUFFIX))
                .distinct()
                .map(topic -> TopicBuilder.name(topic + SUFFIX).partitions(partitions)
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                        .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis()))
                        .config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(segmentRoll.toMillis()))
                        .build())
                .toArray(NewTopic[]::new);
        if (deadLetterTopics.length > 0) {
            admin.createOrModifyTopics(deadLetterTopics);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers start. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
    }
}
