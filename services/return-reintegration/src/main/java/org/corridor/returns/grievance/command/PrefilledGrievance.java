package org.corridor.returns.grievance.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.grievance.api.OfferPrefilledGrievance;
import org.corridor.returns.grievance.api.OfferTakenUp;
import org.corridor.returns.grievance.api.PrefilledGrievanceOffered;
import org.corridor.returns.grievance.api.TakeUpOffer;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A grievance offered to a worker, prefilled from a contract substitution employer-matching detected. Nothing is
 * filed until the worker chooses to: the offer only saves them writing it.
 */
@Aggregate
class PrefilledGrievance {

    @AggregateIdentifier
    private String offerId;
    private PersonId worker;
    private String grievanceId;

    PrefilledGrievance() {
        // for Axon
    }

    @CommandHandler
    PrefilledGrievance(OfferPrefilledGrievance command) {
        if (command.worseTerms() == null || command.worseTerms().isEmpty()) {
            throw new RuleViolation("worseTerms", "a contract substitution names at least one worse term");
        }
        apply(new PrefilledGrievanceOffered(command.offerId(), command.worker(), command.placementId(),
                command.employerId(), command.schemeId(), List.copyOf(command.worseTerms()), command.detectedOn()));
    }

    @CommandHandler
    void handle(TakeUpOffer command) {
        if (!worker.equals(command.worker())) {
            throw new RuleViolation("worker", "only the worker it was offered to files this grievance");
        }
        if (grievanceId != null) {
            throw new RuleViolation("offerId", "you filed this grievance already, as " + grievanceId
                    + "; follow it there");
        }
        apply(new OfferTakenUp(offerId, command.grievanceId()));
    }

    @EventSourcingHandler
    void on(PrefilledGrievanceOffered event) {
        offerId = event.offerId();
        worker = event.worker();
    }

    @EventSourcingHandler
    void on(OfferTakenUp event) {
        grievanceId = event.grievanceId();
    }
}
