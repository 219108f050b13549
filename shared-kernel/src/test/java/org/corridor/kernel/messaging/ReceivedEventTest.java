package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedEventTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_event_no_newer_than_the_version_held_is_stale() {
        IntegrationEventInbox.ReceivedEvent third = atVersion(3);
        assertThat(third.isStale(null)).as("nothing held yet").isFalse();
        assertThat(third.isStale(2L)).as("older held").isFalse();
        assertThat(third.isStale(3L)).as("same held").isTrue();
        assertThat(third.isStale(4L)).as("newer held").isTrue();
    }

    private static IntegrationEventInbox.ReceivedEvent atVersion(long version) {
        return new IntegrationEventInbox.ReceivedEvent(new IntegrationEventEnvelope("e-1", "partner.notice-given.v1",
                "partner", "n-1", version, Instant.now(), "c-1", "c-0", JSON.createObjectNode()), JSON);
    }
}
