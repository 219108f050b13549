package org.corridor.skills.trainee.adapter;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.types.PersonId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a person's enrolment was stored, asked of the event store itself (the trainee's stream exists), not of the
 * read model, which may lag behind it.
 */
@Component
class EventStoreEnrolments implements BlindIndexTraineeIdentity.StoredEnrolments {

    private final ObjectProvider<EventStore> events;

    EventStoreEnrolments(ObjectProvider<EventStore> events) {
        this.events = events;
    }

    @Override
    public boolean stored(PersonId personId) {
        return events.getObject().lastSequenceNumberFor(personId.value()).isPresent();
    }
}
