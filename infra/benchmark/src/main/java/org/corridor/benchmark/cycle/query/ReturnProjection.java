package org.corridor.benchmark.cycle.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents.ReturnCaseOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.ReturnCaseProgressed;
import org.corridor.benchmark.cycle.api.CycleEvents.GrievanceFiled;
import org.corridor.benchmark.cycle.api.CycleEvents.GrievanceProgressed;
import org.springframework.stereotype.Component;

/**
 * The read models return-reintegration will keep for these aggregates, in a processing group of their own: whatever processor
 * the platform gives a projection by default.
 */
@Component
@ProcessingGroup(ReturnProjection.PROCESSING_GROUP)
class ReturnProjection {

    static final String PROCESSING_GROUP = "return-reintegration-projection";

    private final CycleViews views;

    ReturnProjection(CycleViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ReturnCaseOpened event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(ReturnCaseProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @EventHandler
    void on(GrievanceFiled event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(GrievanceProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @ResetHandler
    void reset() {
        views.drop(AggregateKind.RETURN_CASE, AggregateKind.GRIEVANCE);
    }
}
