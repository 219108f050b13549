package org.corridor.kernel.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param partitions          partitions of the service's own topic, and of the dead-letter topics of the topics it
 *                            consumes, when they are created
 * @param sendTimeout         how long the publisher waits for the broker's acknowledgements of a batch (or of one
 *                            event, per event) before the batch rolls back and is retried from the token
 * @param publisherBatchSize  most events the publisher sends before it waits for their acknowledgements and moves
 *                            its token; a batch only ever holds the events already stored, so a larger one adds no
 *                            waiting when load is light
 * @param acknowledgements    {@code per-batch} (default): send a batch without waiting and await all its
 *                            acknowledgements before the token moves; {@code per-event}: wait for each send before
 *                            the next, slower, and the order on a partition then survives even a producer batch that
 *                            expires in the middle of an outage (see docs/adr/0004-integration-events.md)
 * @param retryBackOff        first back-off of a failing consumer; doubles on each of {@code retries}
 * @param retries             attempts after the first before a record goes to the dead-letter topic
 * @param topicRetention      {@code retention.ms} of the service's own topic when it is created (7 days)
 * @param topicSegmentRoll    {@code segment.ms} of the topics the service creates (1 day): Kafka deletes whole
 *                            segments, so a record stays on a topic up to {@code topicRetention + topicSegmentRoll}
 * @param deadLetterRetention {@code retention.ms} of the dead-letter topics the service creates (28 days: a dead
 *                            letter waits for a person)
 * @param inboxRetention      how long the inbox remembers a processed event id (9 days); must exceed
 *                            {@code topicRetention + topicSegmentRoll}, or a record still on a topic could be
 *                            handled twice when the topic is read again
 * @param inboxPurgeInterval  how often the inbox deletes the ids older than {@code inboxRetention} (1 hour)
 */
@ConfigurationProperties("corridor.messaging")
public record MessagingProperties(Integer partitions, Duration sendTimeout, Integer publisherBatchSize,
                                  Acknowledgements acknowledgements, Duration retryBackOff, Integer retries,
                                  Duration topicRetention, Duration topicSegmentRoll, Duration deadLetterRetention,
                                  Duration inboxRetention, Duration inboxPurgeInterval) {

    public enum Acknowledgements { PER_BATCH, PER_EVENT }

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        publisherBatchSize = publisherBatchSize == null ? 500 : publisherBatchSize;
        acknowledgements = acknowledgements == null ? Acknowledgements.PER_BATCH : acknowledgements;
        retryBackOff = retryBackOff == null ? Duration.ofMillis(200) : retryBackOff;
        retries = retries == null ? 4 : retries;
        topicRetention = topicRetention == null ? Duration.ofDays(7) : topicRetention;
        topicSegmentRoll = topicSegmentRoll == null ? Duration.ofDays(1) : topicSegmentRoll;
        deadLetterRetention = deadLetterRetention == null ? Duration.ofDays(28) : deadLetterRetention;
        inboxRetention = inboxRetention == null ? Duration.ofDays(9) : inboxRetention;
        inboxPurgeInterval = inboxPurgeInterval == null ? Duration.ofHours(1) : inboxPurgeInterval;
        Duration longestOnTopic = topicRetention.plus(topicSegmentRoll);
        if (inboxRetention.compareTo(longestOnTopic) <= 0) {
            throw new IllegalArgumentException("corridor.messaging.inbox-retention (" + inboxRetention
                    + ") must be longer than corridor.messaging.topic-retention plus topic-segment-roll ("
                    + longestOnTopic + "), the longest a record stays on a topic: raise inbox-retention, or a"
                    + " record read again could be handled twice");
        }
        if (inboxPurgeInterval.isNegative() || inboxPurgeInterval.isZero()) {
            throw new IllegalArgumentException("corridor.messaging.inbox-purge-interval (" + inboxPurgeInterval
                    + ") must be positive");
        }
    }
}
