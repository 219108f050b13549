package org.corridor.skills.trainee.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.audit.AuditMetadata;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's timeline, read from the event store by aggregate id (indexed), not copied into a read model: every
 * event of their record with what happened, who did it, in which role, and when. Personal values are not shown.
 */
@Component
public class TraineeTimeline {

    private final EventStore events;

    TraineeTimeline(EventStore events) {
        this.events = events;
    }

    public record Entry(long sequence, String what, Instant at, String userId, String role, String organisation) {
    }

    public List<Entry> of(String personId, int page, int size) {
        DomainEventStream stream = events.readEvents(personId, (long) page * size);
        List<Entry> entries = new ArrayList<>();
        while (stream.hasNext() && entries.size() < size) {
            DomainEventMessage<?> event = stream.next();
            entries.add(new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), (String) event.getMetaData().get(AuditMetadata.USER_ID),
                    (String) event.getMetaData().get(AuditMetadata.ROLE),
                    (String) event.getMetaData().get(AuditMetadata.ORGANISATION)));
        }
        return entries;
    }
}
