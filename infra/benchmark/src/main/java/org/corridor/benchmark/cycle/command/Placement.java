package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.PlacementAgreed;
import org.corridor.benchmark.cycle.api.CycleEvents.PlacementProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for employer-matching's placement. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Placement {

    @AggregateIdentifier
    private String placementId;
    private Stages stages;

    Placement() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_PLACEMENT)
    Placement(Open command) {
        apply(new PlacementAgreed(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_PLACEMENT)
    void handle(Advance command) {
        apply(new PlacementProgressed(placementId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(PlacementAgreed event) {
        placementId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(PlacementProgressed event) {
        stages = stages.progressed(event);
    }
}
