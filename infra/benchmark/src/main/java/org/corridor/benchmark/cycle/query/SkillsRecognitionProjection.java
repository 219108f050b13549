package org.corridor.benchmark.cycle.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents.TraineeEnrolled;
import org.corridor.benchmark.cycle.api.CycleEvents.TraineeProgressed;
import org.corridor.benchmark.cycle.api.CycleEvents.RecognitionCaseOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.RecognitionCaseProgressed;
import org.springframework.stereotype.Component;

/**
 * The read models skills-recognition will keep for these aggregates, in a processing group of their own: whatever processor
 * the platform gives a projection by default.
 */
@Component
@ProcessingGroup(SkillsRecognitionProjection.PROCESSING_GROUP)
class SkillsRecognitionProjection {

    static final String PROCESSING_GROUP = "skills-recognition-projection";

    private final CycleViews views;

    SkillsRecognitionProjection(CycleViews views) {
        this.views = views;
    }

    @EventHandler
    void on(TraineeEnrolled event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(TraineeProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @EventHandler
    void on(RecognitionCaseOpened event, EventMessage<?> message) {
        views.opened(event, message);
    }

    @EventHandler
    void on(RecognitionCaseProgressed event, EventMessage<?> message) {
        views.progressed(event, message);
    }

    @ResetHandler
    void reset() {
        views.drop(AggregateKind.TRAINEE, AggregateKind.RECOGNITION_CASE);
    }
}
