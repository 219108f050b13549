package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Integration events: the publisher (a tracking processor over the event store), the consumer inbox, and the
 * listener error handling (retries with back-off, then the dead-letter topic {@code <topic>.DLT}).
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, MongoDataAutoConfiguration.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
                                                        @Value("${spring.application.name}") String service,
                                                        MessagingProperties properties) {
        return new IntegrationEventPublisher(kafka, objectMapper, service, IntegrationEventPublisher.topicOf(service),
                properties.sendTimeout().toMillis());
    }

    @Bean
    NewTopic integrationEventTopic(IntegrationEventPublisher publisher, MessagingProperties properties) {
        return TopicBuilder.name(publisher.topic()).partitions(properties.partitions()).build();
    }

    @Bean
    IntegrationEventInbox integrationEventInbox(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new IntegrationEventInbox(mongoTemplate, objectMapper);
    }

    @Bean
    CommonErrorHandler integrationEventErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        // Partition -1: let the producer choose, so the dead-letter topic need not match the source's partitions.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryBackOff().toMillis());
        backOff.setMultiplier(2.0);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedIntegrationEventException.class);
        return handler;
    }

    /**
     * Nothing is skipped on a fault: every processor propagates handler errors, so the batch rolls back and is
     * retried from the last token. The publisher is a tracking processor of its own, with its own token.
     */
    @Bean
    ConfigurerModule eventProcessingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(IntegrationEventPublisher.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100)));
    }
}
