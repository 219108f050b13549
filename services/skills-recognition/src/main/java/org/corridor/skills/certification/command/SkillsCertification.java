package org.corridor.skills.certification.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.skills.certification.api.CertifySkillsGainedAbroad;
import org.corridor.skills.certification.api.SkillsCertified;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One certification request for skills gained abroad, answered once; a refusal is an answer with its reasons. */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class SkillsCertification {

    @AggregateIdentifier
    private String requestId;

    SkillsCertification() {
        // for Axon
    }

    @CommandHandler
    SkillsCertification(CertifySkillsGainedAbroad command) {
        CertificationPolicy.Assessment assessment = CertificationPolicy.assess(command);
        apply(new SkillsCertified(command.requestId(), command.personId(), command.returnCaseId(),
                assessment.outcome(), assessment.certified(), assessment.reasons(), command.decidedOn()));
    }

    @EventSourcingHandler
    void on(SkillsCertified event) {
        requestId = event.requestId();
    }
}
