package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.TraineeEnrolled;
import org.corridor.benchmark.cycle.api.CycleEvents.TraineeProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for skills-recognition's trainee. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Trainee {

    @AggregateIdentifier
    private String traineeId;
    private Stages stages;

    Trainee() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_TRAINEE)
    Trainee(Open command) {
        apply(new TraineeEnrolled(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_TRAINEE)
    void handle(Advance command) {
        apply(new TraineeProgressed(traineeId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(TraineeEnrolled event) {
        traineeId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(TraineeProgressed event) {
        stages = stages.progressed(event);
    }
}
