package org.corridor.kernel.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention settings: explicit, configurable, and the inbox outlasting every record on a topic. */
class MessagingPropertiesTest {

    @Test
    void by_default_the_inbox_remembers_ids_longer_than_a_record_stays_on_a_topic() {
        MessagingProperties defaults = bind(Map.of());
        assertThat(defaults.topicRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.topicSegmentRoll()).isEqualTo(Duration.ofDays(1));
        assertThat(defaults.deadLetterRetention()).isEqualTo(Duration.ofDays(28));
        assertThat(defaults.inboxRetention()).isEqualTo(Duration.ofDays(9))
                .isGreaterThan(defaults.topicRetention().plus(defaults.topicSegmentRoll()));
        assertThat(defaults.inboxPurgeInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_inbox_retention_and_purge_interval_are_configurable() {
        MessagingProperties properties = bind(Map.of(
                "corridor.messaging.inbox-retention", "12d",
                "corridor.messaging.inbox-purge-interval", "15m",
                "corridor.messaging.topic-retention", "10d"));
        assertThat(properties.inboxRetention()).isEqualTo(Duration.ofDays(12));
        assertThat(properties.inboxPurgeInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.topicRetention()).isEqualTo(Duration.ofDays(10));
    }

    @Test
    void an_inbox_retention_not_longer_than_a_record_stays_on_a_topic_is_refused_naming_the_settings() {
        assertThatThrownBy(() -> bind(Map.of("corridor.messaging.inbox-retention", "8d")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("corridor.messaging.inbox-retention (PT192H)")
                .hasMessageContaining("topic-retention plus topic-segment-roll (PT192H)")
                .hasMessageContaining("raise inbox-retention");
    }

    @Test
    void a_purge_interval_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("corridor.messaging.inbox-purge-interval", "0s")))
                .rootCause()
                .hasMessageContaining("corridor.messaging.inbox-purge-interval (PT0S) must be positive");
    }

    private static MessagingProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("corridor.messaging", MessagingProperties.class);
    }
}
