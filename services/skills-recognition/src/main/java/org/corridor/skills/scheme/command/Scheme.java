package org.corridor.skills.scheme.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.SchemeDefined;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A Skills Mobility Partnership scheme: its corridor, occupations with wage floors, and quotas per track. */
@Aggregate
class Scheme {

    @AggregateIdentifier
    private SchemeId schemeId;

    Scheme() {
        // for Axon
    }

    @CommandHandler
    Scheme(DefineScheme command) {
        SchemeDefinitionPolicy.check(command);
        apply(new SchemeDefined(command.schemeId(), command.name().strip(), command.origin(), command.destination(),
                command.trainingStandard().strip(), List.copyOf(command.occupations()), List.copyOf(command.quotas())));
    }

    @EventSourcingHandler
    void on(SchemeDefined event) {
        schemeId = event.schemeId();
    }
}
