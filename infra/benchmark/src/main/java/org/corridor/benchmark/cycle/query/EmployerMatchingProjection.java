package org.corridor.benchmark.cycle.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents.CandidateEnteredPool;
import org.corridor.benchmark.cycle.api.CycleEvents.CandidateProgressed;
import org.corridor.benchmark.cycle.api.CycleEvents.JobOrderOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.JobOrderProgressed;
import org.corridor.benchmark.cycle.api.CycleEvents.PlacementAgreed;
import org.corridor.benchmark.cycle.api.CycleEvents.PlacementProgressed;
import org.springframework.stereotype.Component;

/**
 * The read models employer-matching will keep for these aggregates, in a processing group of their own: whatever processor
 * the platform gives a projection by default.
 */
@Component
@ProcessingGroup(EmployerMatchingProjection.PROCESSING_GROUP)
class EmployerMatchingProjection {

    static final String PROCESSING_GROUP = "employer-matching-projection";

    private final CycleViews views;

    EmployerMatchingProjection(CycleViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CandidateEnteredPool event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(CandidateProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @EventHandler
    void on(JobOrderOpened event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(JobOrderProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @EventHandler
    void on(PlacementAgreed event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(PlacementProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @ResetHandler
    void reset() {
        views.drop(AggregateKind.CANDIDATE, AggregateKind.JOB_ORDER, AggregateKind.PLACEMENT);
    }
}
