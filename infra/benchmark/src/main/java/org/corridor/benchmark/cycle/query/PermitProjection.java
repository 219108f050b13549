package org.corridor.benchmark.cycle.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents.PermitApplied;
import org.corridor.benchmark.cycle.api.CycleEvents.PermitApplicationProgressed;
import org.springframework.stereotype.Component;

/**
 * The read models visa-permit-tracking will keep for these aggregates, in a processing group of their own: whatever processor
 * the platform gives a projection by default.
 */
@Component
@ProcessingGroup(PermitProjection.PROCESSING_GROUP)
class PermitProjection {

    static final String PROCESSING_GROUP = "visa-permit-tracking-projection";

    private final CycleViews views;

    PermitProjection(CycleViews views) {
        this.views = views;
    }

    @EventHandler
    void on(PermitApplied event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(PermitApplicationProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @ResetHandler
    void reset() {
        views.drop(AggregateKind.PERMIT_APPLICATION);
    }
}
