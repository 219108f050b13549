package org.corridor.kernel.testing.archfixture.kafka.alpha.command;

import org.springframework.kafka.core.KafkaTemplate;

/** Violates: an aggregate that sends to Kafka itself. */
public class KafkaAwareAlpha {
    public void open(KafkaTemplate<String, String> kafka) {
        kafka.send("alpha", "opened");
    }
}
