package org.corridor.matching.placement.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.matching.placement.api.Events.ContractSubstitutionDetected;
import org.corridor.matching.placement.api.Events.EmployerChanged;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.WorseTerm;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes placements, changes of employer and detected contract substitution. Never the contact a worker shared:
 * it stays sealed in this service's event store.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class PlacementPublication {

    static final String PLACEMENT_AGREED = "employer-matching.placement-agreed.v1";
    static final String EMPLOYER_CHANGED = "employer-matching.employer-changed.v1";
    static final String SUBSTITUTION = "employer-matching.contract-substitution-detected.v1";

    private final IntegrationEventPublisher publisher;

    PlacementPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    record Wage(String amount, String currency) {
    }

    record PlacementAgreedV1(String placementId, String personId, String schemeId, String employerId,
                             String jobOrderId, String iscoCode, String originCountry, String destinationCountry,
                             String startDate, int contractMonths, Wage monthlyWage) {
    }

    record EmployerChangedV1(String placementId, String personId, String schemeId, String previousEmployerId,
                             String newEmployerId, String newJobOrderId, String effectiveFrom) {
    }

    record WorseTermV1(String term, String offered, String signed) {
    }

    /**
     * How the housing of a signed contract is described to other services: not in the worker's words, which are the
     * worker's own free text and would stay on the topic after an erasure. The other terms are figures.
     */
    static final String HOUSING_AS_REPORTED = "differs from the offer, as the worker reported it (the worker's own "
            + "words stay with employer-matching)";

    static String signedAsPublished(WorseTerm term) {
        return term.term() == WorseTerm.Term.HOUSING ? HOUSING_AS_REPORTED : term.signed();
    }

    record ContractSubstitutionDetectedV1(String placementId, String personId, String employerId, String schemeId,
                                          List<WorseTermV1> worseTerms, String detectedOn) {
    }

    @EventHandler
    @DisallowReplay
    void on(OfferAccepted event, EventMessage<?> message) {
        var terms = event.terms();
        publisher.publish(message, PLACEMENT_AGREED, new PlacementAgreedV1(event.offerId(), event.personId(),
                terms.schemeId(), event.employerId(), event.jobOrderId(), terms.iscoCode(), terms.originCountry(),
                terms.destinationCountry(), terms.startDate().toString(), terms.contractMonths(),
                new Wage(terms.monthlyWage().amount().toPlainString(), terms.monthlyWage().currency())));
    }

    @EventHandler
    @DisallowReplay
    void on(EmployerChanged event, EventMessage<?> message) {
        publisher.publish(message, EMPLOYER_CHANGED, new EmployerChangedV1(event.placementId(), event.personId(),
                event.schemeId(), event.previousEmployerId(), event.newEmployerId(), event.newJobOrderId(),
                event.effectiveFrom().toString()));
    }

    @EventHandler
    @DisallowReplay
    void on(ContractSubstitutionDetected event, EventMessage<?> message) {
        if (event.worseTerms() == null) {
            return; // the worker was erased before this was published: there is no one to offer a grievance to
        }
        publisher.publish(message, SUBSTITUTION, new ContractSubstitutionDetectedV1(event.placementId(),
                event.personId(), event.employerId(), event.schemeId(), event.worseTerms().stream()
                .map(w -> new WorseTermV1(w.term().name(), w.offered(), signedAsPublished(w))).toList(),
                event.detectedOn().toString()));
    }
}
