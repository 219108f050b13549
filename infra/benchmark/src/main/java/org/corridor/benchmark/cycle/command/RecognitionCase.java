package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.RecognitionCaseOpened;
import org.corridor.benchmark.cycle.api.CycleEvents.RecognitionCaseProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for skills-recognition's recognition of a qualification. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class RecognitionCase {

    @AggregateIdentifier
    private String recognitionCaseId;
    private Stages stages;

    RecognitionCase() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_RECOGNITION_CASE)
    RecognitionCase(Open command) {
        apply(new RecognitionCaseOpened(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_RECOGNITION_CASE)
    void handle(Advance command) {
        apply(new RecognitionCaseProgressed(recognitionCaseId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(RecognitionCaseOpened event) {
        recognitionCaseId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(RecognitionCaseProgressed event) {
        stages = stages.progressed(event);
    }
}
