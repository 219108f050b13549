package org.corridor.kernel.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param partitions   partitions of the service's own topic (and its consumers' dead-letter topics) when created
 * @param sendTimeout  how long a publication waits for the broker's acknowledgement before the batch is retried
 * @param retryBackOff first back-off of a failing consumer; doubles on each of {@code retries}
 * @param retries      attempts after the first before a record goes to the dead-letter topic
 */
@ConfigurationProperties("corridor.messaging")
public record MessagingProperties(Integer partitions, Duration sendTimeout, Duration retryBackOff, Integer retries) {

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        retryBackOff = retryBackOff == null ? Duration.ofMillis(200) : retryBackOff;
        retries = retries == null ? 4 : retries;
    }
}
