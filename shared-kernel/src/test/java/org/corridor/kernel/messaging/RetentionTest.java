package org.corridor.kernel.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.corridor.kernel.messaging.sample.PartnerNotices;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing grows for ever: topics keep records for an explicit time, the inbox forgets ids after longer. */
@CorridorServiceTest
class RetentionTest {

    @Autowired
    InboxRetention retention;

    @Autowired
    IntegrationEventInbox inbox;

    @Autowired
    MessagingProperties properties;

    @Autowired
    MongoTemplate mongo;

    @Test
    void processed_ids_older_than_the_inbox_retention_are_purged_and_newer_ones_kept() {
        String expired = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        Instant now = Instant.now();
        record(expired, now.minus(properties.inboxRetention()).minus(Duration.ofHours(1)));
        record(kept, now.minus(properties.inboxRetention()).plus(Duration.ofHours(1)));
        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, expired)).isTrue();

        retention.purge();

        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, expired)).isFalse();
        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, kept)).isTrue();
    }

    @Test
    void the_inbox_declares_a_ttl_index_of_its_retention_for_real_mongodb() {
        // Created by the retention's first run, on its own thread after start.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<IndexInfo> indexes = mongo.indexOps(IntegrationEventInbox.PROCESSED_EVENTS).getIndexInfo();
            assertThat(indexes).anySatisfy(index -> {
                assertThat(index.getName()).isEqualTo(InboxRetention.TTL_INDEX);
                assertThat(index.isIndexForFields(List.of("processedAt"))).isTrue();
                assertThat(index.getExpireAfter()).contains(properties.inboxRetention());
            });
        });
    }

    @Test
    void the_service_topic_and_the_dead_letter_topics_are_created_with_explicit_retention() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            Config own = config(admin, "messaging-test.events");
            assertThat(own.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
            assertThat(own.get(TopicConfig.SEGMENT_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(1).toMillis()));
            Config deadLetters = config(admin, PartnerNotices.TOPIC + DeadLetterTopics.SUFFIX);
            assertThat(deadLetters.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(28).toMillis()));
            assertThat(deadLetters.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
        }
    }

    private void record(String eventId, Instant processedAt) {
        mongo.insert(new IntegrationEventInbox.ProcessedEvent(PartnerNotices.GROUP + "/" + eventId,
                PartnerNotices.NOTICE_GIVEN, processedAt), IntegrationEventInbox.PROCESSED_EVENTS);
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
