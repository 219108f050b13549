package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.JobOrderOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.JobOrderProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for employer-matching's job order. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class JobOrder {

    @AggregateIdentifier
    private String jobOrderId;
    private Stages stages;

    JobOrder() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_JOB_ORDER)
    JobOrder(Open command) {
        apply(new JobOrderOpened(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_JOB_ORDER)
    void handle(Advance command) {
        apply(new JobOrderProgressed(jobOrderId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(JobOrderOpened event) {
        jobOrderId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(JobOrderProgressed event) {
        stages = stages.progressed(event);
    }
}
