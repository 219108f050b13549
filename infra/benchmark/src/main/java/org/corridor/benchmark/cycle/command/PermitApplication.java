package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.PermitApplied;
import org.corridor.benchmark.cycle.api.CycleEvents.PermitApplicationProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for visa-permit-tracking's permit application. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class PermitApplication {

    @AggregateIdentifier
    private String permitApplicationId;
    private Stages stages;

    PermitApplication() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_PERMIT_APPLICATION)
    PermitApplication(Open command) {
        apply(new PermitApplied(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_PERMIT_APPLICATION)
    void handle(Advance command) {
        apply(new PermitApplicationProgressed(permitApplicationId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(PermitApplied event) {
        permitApplicationId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(PermitApplicationProgressed event) {
        stages = stages.progressed(event);
    }
}
