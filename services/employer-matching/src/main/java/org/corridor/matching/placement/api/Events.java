package org.corridor.matching.placement.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.Money;

import java.time.LocalDate;
import java.util.List;

/** What happens to an offer and the placement it becomes. */
public final class Events {

    private Events() {
    }

    public record OfferMade(String offerId, String jobOrderId, String employerId, String personId, OfferTerms terms) {
    }

    /** The worker accepted: a placement. The contact it shares is sealed with the worker's own key. */
    public record OfferAccepted(String offerId, String jobOrderId, String employerId, @DataSubject String personId,
                                OfferTerms terms, @PersonalData SharedContact contact) {
    }

    /** The worker's reason is the worker's own words, sealed with its key. */
    public record OfferDeclined(String offerId, String employerId, @DataSubject String personId,
                                @PersonalData String reason) {
    }

    public record OfferWithdrawn(String offerId, String employerId, String personId, String reason) {
    }

    public record EmployerChanged(String placementId, String personId, String schemeId, String previousEmployerId,
                                  String newEmployerId, String newJobOrderId, OfferTerms newTerms,
                                  LocalDate effectiveFrom) {
    }

    /** What the worker reported of the contract it signed (its own words on housing among it), sealed. */
    public record ContractSigned(String placementId, @DataSubject String personId, String employerId,
                                 @PersonalData SignedContract contract, LocalDate signedOn) {
    }

    /**
     * Every worse term of the signed contract; offers the worker a grievance in return-reintegration. The terms
     * quote what the worker reported, so they are sealed; {@code null} once the worker is erased.
     */
    public record ContractSubstitutionDetected(String placementId, @DataSubject String personId, String employerId,
                                               String schemeId, @PersonalData List<WorseTerm> worseTerms,
                                               LocalDate detectedOn) {
    }

    /**
     * A worker reports having paid a recruitment fee or cost: owed by the employer until reimbursed. The item is the
     * worker's own words, sealed; the amount is what the employer owes and what the scheme counts.
     */
    public record FeeReported(String placementId, @DataSubject String personId, String employerId, String feeId,
                              @PersonalData String item, Money amount, LocalDate paidOn) {
    }

    public record FeeReimbursed(String placementId, String employerId, String feeId, LocalDate reimbursedOn) {
    }
}
