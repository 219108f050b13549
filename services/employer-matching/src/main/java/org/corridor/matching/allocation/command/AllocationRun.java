package org.corridor.matching.allocation.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.allocation.api.RunAllocation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One allocation of a scheme's candidates, recorded with its inputs and its explained outcome. */
@Aggregate
class AllocationRun {

    @AggregateIdentifier
    private String runId;

    AllocationRun() {
        // for Axon
    }

    @CommandHandler
    AllocationRun(RunAllocation command, AllocationSources sources) {
        apply(SchemeAllocation.allocate(command.runId(), command.schemeId(),
                sources.candidatesInScheme(command.schemeId()), sources.openOrders(command.schemeId()),
                sources.preferences(command.schemeId())));
    }

    @EventSourcingHandler
    void on(AllocationRecorded event) {
        runId = event.runId();
    }
}
