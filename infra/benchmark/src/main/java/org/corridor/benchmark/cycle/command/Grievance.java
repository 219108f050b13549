package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.GrievanceFiled;
import org.corridor.benchmark.cycle.api.CycleEvents.GrievanceProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for return-reintegration's grievance. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Grievance {

    @AggregateIdentifier
    private String grievanceId;
    private Stages stages;

    Grievance() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_GRIEVANCE)
    Grievance(Open command) {
        apply(new GrievanceFiled(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_GRIEVANCE)
    void handle(Advance command) {
        apply(new GrievanceProgressed(grievanceId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(GrievanceFiled event) {
        grievanceId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(GrievanceProgressed event) {
        stages = stages.progressed(event);
    }
}
