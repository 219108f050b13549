package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * What every integration event travels in on Kafka (schema: {@code contracts/events/envelope.v1.schema.json}).
 *
 * @param eventId          unique per event and stable across resends: consumers deduplicate on it
 * @param eventType        {@code <service>.<event>.v<N>}, the contract the payload follows
 * @param source           the publishing service
 * @param aggregateId      the record key: all events of one aggregate keep their order on one partition
 * @param aggregateVersion the aggregate's sequence number: lets a consumer ignore a stale event
 * @param occurredAt       when the fact was recorded in the publisher's event store
 * @param correlationId    shared by everything one outside request set in motion
 * @param causationId      the id of the message that caused this event
 * @param payload          the event itself, as its contract describes
 */
public record IntegrationEventEnvelope(String eventId, String eventType, String source, String aggregateId,
                                       long aggregateVersion, Instant occurredAt, String correlationId,
                                       String causationId, JsonNode payload) {
}
