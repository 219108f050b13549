package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.ReturnCaseOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.ReturnCaseProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for return-reintegration's return case. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ReturnCase {

    @AggregateIdentifier
    private String returnCaseId;
    private Stages stages;

    ReturnCase() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_RETURN_CASE)
    ReturnCase(Open command) {
        apply(new ReturnCaseOpened(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_RETURN_CASE)
    void handle(Advance command) {
        apply(new ReturnCaseProgressed(returnCaseId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(ReturnCaseOpened event) {
        returnCaseId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(ReturnCaseProgressed event) {
        stages = stages.progressed(event);
    }
}
