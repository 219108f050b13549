package org.corridor.benchmark.cycle.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CommandNames;
import org.corridor.benchmark.cycle.api.CycleEvents.CandidateEnteredPool;
import org.corridor.benchmark.cycle.api.CycleEvents.CandidateProgressed;
import org.corridor.benchmark.cycle.api.Open;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Stands in for employer-matching's candidate. Fields visible to Jackson, so the platform may snapshot it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Candidate {

    @AggregateIdentifier
    private String candidateId;
    private Stages stages;

    Candidate() {
        // for Axon
    }

    @CommandHandler(commandName = CommandNames.OPEN_CANDIDATE)
    Candidate(Open command) {
        apply(new CandidateEnteredPool(command.aggregateId(), command.person(), Stages.first(command)));
    }

    @CommandHandler(commandName = CommandNames.ADVANCE_CANDIDATE)
    void handle(Advance command) {
        apply(new CandidateProgressed(candidateId, stages.personId(), command.stage(), stages.next(command), command.note()));
    }

    @EventSourcingHandler
    void on(CandidateEnteredPool event) {
        candidateId = event.aggregateId();
        stages = Stages.opened(event);
    }

    @EventSourcingHandler
    void on(CandidateProgressed event) {
        stages = stages.progressed(event);
    }
}
