package org.corridor.matching.personaldata.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.corridor.matching.placement.api.Events.FeeReimbursed;
import org.corridor.matching.placement.query.PlacementProjection;
import org.corridor.matching.placement.query.PlacementView;
import org.springframework.stereotype.Component;

/** Ends a hold on a person's erasure when the employer reimburses the last fee it owed the person. */
@Component
@ProcessingGroup("erasure-holds")
@DisallowReplay
class ErasureHolds {

    private final PlacementProjection placements;
    private final Erasures erasures;

    ErasureHolds(PlacementProjection placements, Erasures erasures) {
        this.placements = placements;
        this.erasures = erasures;
    }

    @EventHandler
    void on(FeeReimbursed event) {
        placements.find(event.placementId()).map(PlacementView::personId).ifPresent(erasures::releaseIfDue);
    }
}
