package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publishing processor as the services run it in production: on the Mongo token store, which takes no part in
 * the processor's transaction (a transaction manager is present, in the services the JDBC one), with publishing
 * handlers that disallow replay. Plain Axon, the real broker, the MongoDB wire server.
 */
class PublishingProcessorTest {

    private final String topic = "publishing-processor-" + UUID.randomUUID() + ".events";
    private MongoClient mongo;
    private TokenStore tokens;
    private DefaultKafkaProducerFactory<String, String> producers;
    private IntegrationEventPublisher publisher;
    private Configuration axon;

    @BeforeEach
    void publisherOnTheMongoTokenStore() throws Exception {
        String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "65536")))).all().get();
        }
        mongo = MongoClients.create(EmbeddedInfrastructure.mongoUri());
        tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo, "tokens-" + UUID.randomUUID()).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .nodeId("publishing-processor-test")
                .build();
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, SendFaults.class.getName()),
                new StringSerializer(), new StringSerializer());
        publisher = new IntegrationEventPublisher(new KafkaTemplate<>(producers),
                new ObjectMapper().findAndRegisterModules(), "messaging-test", topic, Duration.ofSeconds(5), null);
        MessagingProperties properties = new MessagingProperties(null, Duration.ofSeconds(5), null, null, null, null,
                null, null, null, null, null);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureTransactionManager(c -> new TransactionOfAnotherStore())
                .eventProcessing(processing -> {
                    processing.registerTokenStore(c -> tokens)
                            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                            .registerEventHandler(c -> new NoticePublication(publisher));
                    PublishingProcessor.register(processing, properties);
                })
                .buildConfiguration();
    }

    @AfterEach
    void stop() {
        SendFaults.heal();
        axon.shutdown();
        publisher.close();
        producers.destroy();
        mongo.close();
    }

    @Test
    void events_stored_before_the_publisher_first_ran_are_published() {
        String notice = UUID.randomUUID().toString();
        storeNotices(notice, 2);

        axon.start();

        assertThat(TopicRecords.embedded().await(topic, TopicRecords.keyed(notice), 2, Duration.ofSeconds(20)))
                .extracting(record -> TopicRecords.header(record, IntegrationHeaders.EVENT_ID))
                .doesNotHaveDuplicates();
    }

    @Test
    void a_token_outside_the_transaction_is_written_only_after_kafka_acknowledged_the_batch() {
        int failuresBefore = SendFaults.failures();
        SendFaults.refuse(record -> record.topic().equals(topic));
        axon.start();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        storeNotices(first, 2);
        storeNotices(second, 1);

        await().atMost(Duration.ofSeconds(15)).until(() -> SendFaults.failures() >= failuresBefore + 2);
        assertThat(storedPosition()).as("token while Kafka refuses").isEqualTo(-1);

        SendFaults.heal();
        List<ConsumerRecord<String, String>> published = TopicRecords.embedded()
                .await(topic, record -> record.key().equals(first) || record.key().equals(second), 3,
                        Duration.ofSeconds(20));
        assertThat(published).extracting(record -> TopicRecords.header(record, IntegrationHeaders.EVENT_ID))
                .doesNotHaveDuplicates().hasSize(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> storedPosition() == 2);
    }

    private void storeNotices(String noticeId, int count) {
        for (int version = 0; version < count; version++) {
            axon.eventStore().publish(new GenericDomainEventMessage<>("Notice", noticeId, version,
                    "notice " + noticeId + " v" + version));
        }
    }

    private long storedPosition() {
        TrackingToken token = tokens.fetchToken(IntegrationEventPublisher.PROCESSING_GROUP, 0);
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** A transaction of some other store (the event store's database): the token store is not part of it. */
    static class TransactionOfAnotherStore implements TransactionManager {
        @Override
        public Transaction startTransaction() {
            return new Transaction() {
                @Override
                public void commit() {
                }

                @Override
                public void rollback() {
                }
            };
        }
    }

    @ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
    static class NoticePublication {

        private final IntegrationEventPublisher publisher;

        NoticePublication(IntegrationEventPublisher publisher) {
            this.publisher = publisher;
        }

        @EventHandler
        @DisallowReplay
        void on(String notice, EventMessage<?> message) {
            publisher.publish(message, "messaging-test.notice-given.v1", Map.of("text", notice));
        }
    }
}
