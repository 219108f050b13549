package org.corridor.benchmark.measure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;

/**
 * Called by the cycle's projections as they handle an event: the lag is taken when the processor's unit of work
 * commits (the read model written and the token stored), not when the handler starts.
 */
public final class ProjectionLag {

    private final LagWatch watch;

    public ProjectionLag(LagWatch watch) {
        this.watch = watch;
    }

    public void projected(EventMessage<?> message) {
        String eventId = message.getIdentifier();
        Instant occurredAt = message.getTimestamp();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> watch.observe(eventId, occurredAt, Instant.now()));
        } else {
            watch.observe(eventId, occurredAt, Instant.now());
        }
    }
}
