package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Integration events: the publisher (a tracking processor over the event store), the consumer inbox, and the
 * listener error handling (retries with back-off, then the dead-letter topic {@code <topic>.DLT}).
 * See docs/adr/0004-integration-events.md.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, MongoDataAutoConfiguration.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
                                                        @Value("${spring.application.name}") String service,
                                                        MessagingProperties properties,
                                                        ObjectProvider<MeterRegistry> meters) {
        return new IntegrationEventPublisher(kafka, objectMapper, service, IntegrationEventPublisher.topicOf(service),
                properties.sendTimeout(), meters.getIfAvailable());
    }

    @Bean
    NewTopic integrationEventTopic(IntegrationEventPublisher publisher, MessagingProperties properties) {
        return TopicBuilder.name(publisher.topic()).partitions(properties.partitions())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.topicRetention().toMillis()))
                .config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(properties.topicSegmentRoll().toMillis()))
                .build();
    }

    /**
     * The guarantees the outbox relies on are not left to configuration: every write is acknowledged by all
     * in-sync replicas, and the producer is idempotent, so its own retries neither duplicate nor reorder records.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer acknowledgedIdempotentProducer() {
        Map<String, Object> required = Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return factory -> {
            Map<String, Object> configured = factory.getConfigurationProperties();
            required.forEach((key, value) -> {
                Object current = configured.get(key);
                if (current != null && !Objects.toString(current).equalsIgnoreCase(value.toString())
                        && !(key.equals(ProducerConfig.ACKS_CONFIG) && "-1".equals(Objects.toString(current)))) {
                    log.warn("Ignoring {}={}: integration events need {}={}", key, current, key, value);
                }
            });
            factory.updateConfigs(required);
        };
    }

    @Bean
    IntegrationEventInbox integrationEventInbox(MongoTemplate mongoTemplate, ObjectMapper objectMapper,
                                                ObjectProvider<MeterRegistry> meters, ResourceLoader resources) {
        return new IntegrationEventInbox(mongoTemplate, objectMapper, meters.getIfAvailable(SimpleMeterRegistry::new),
                resources.getClassLoader());
    }

    /** Forgets processed event ids after {@code corridor.messaging.inbox-retention} (see {@link InboxRetention}). */
    @Bean
    InboxRetention inboxRetention(MongoTemplate mongoTemplate, MessagingProperties properties) {
        return new InboxRetention(mongoTemplate, properties.inboxRetention(), properties.inboxPurgeInterval(),
                Clock.systemUTC());
    }

    /**
     * Blocking retries with back-off on the record's own partition (the order of an aggregate's events holds), then
     * the dead-letter topic; a record that is not a readable integration event goes there at once. Should the
     * dead letter itself fail (broker down), the record is retried: it is never skipped unrecorded. Batch listeners
     * get the same handler from Spring Boot's container factory: {@link IntegrationEventRoutes#receiveAll} names the
     * failed record in a {@code BatchListenerFailedException}, so the records before it are committed and only it is
     * retried and parked; the classification looks through the causes, so a malformed record of a batch is not
     * retried either ({@code IntegrationEventBatchConsumptionTest}).
     */
    @Bean
    CommonErrorHandler integrationEventErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        // Partition -1: let the producer choose by key, so the dead-letter topic need not match the source's partitions.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + DeadLetterTopics.SUFFIX, -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryBackOff().toMillis());
        backOff.setMultiplier(2.0);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedIntegrationEventException.class);
        return handler;
    }

    @Bean
    DeadLetterTopics deadLetterTopics(ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                      ObjectProvider<KafkaAdmin> admin, MessagingProperties properties) {
        return new DeadLetterTopics(listeners.getIfAvailable(), admin.getIfAvailable(), properties.partitions(),
                properties.deadLetterRetention(), properties.topicSegmentRoll());
    }

    /**
     * Nothing is skipped on a fault: every processor propagates handler errors, so the batch rolls back and is
     * retried from the last token. The publisher is a tracking processor of its own, with its own token
     * ({@link PublishingProcessor}).
     */
    @Bean
    ConfigurerModule eventProcessingDefaults(MessagingProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            PublishingProcessor.register(processing, properties);
        });
    }
}
