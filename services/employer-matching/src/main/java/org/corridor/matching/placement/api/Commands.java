package org.corridor.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.Money;

import java.time.LocalDate;

/** What employers and workers ask of an offer and, once accepted, of the placement it became. */
public final class Commands {

    private Commands() {
    }

    public record MakeOffer(String offerId, String jobOrderId, String employerId, String personId) {
    }

    public record AcceptOffer(@TargetAggregateIdentifier String offerId, String personId, SharedContact contact) {
    }

    public record DeclineOffer(@TargetAggregateIdentifier String offerId, String personId, String reason) {
    }

    public record WithdrawOffer(@TargetAggregateIdentifier String offerId, String employerId, String reason) {
    }

    /**
     * The platform withdraws an unanswered offer because its candidate left the pool (consent withdrawn, erased,
     * placed elsewhere...). Answered offers stay as they are.
     */
    public record WithdrawOfferOfUnavailableCandidate(@TargetAggregateIdentifier String offerId) {
    }

    public record ChangeEmployer(@TargetAggregateIdentifier String placementId, String personId,
                                 String newJobOrderId, LocalDate effectiveFrom) {
    }

    public record RecordSignedContract(@TargetAggregateIdentifier String placementId, String personId,
                                       SignedContract contract, LocalDate signedOn) {
    }

    public record ReportFeePaid(@TargetAggregateIdentifier String placementId, String personId, String feeId,
                                String item, Money amount, LocalDate paidOn) {
    }

    public record ReimburseFee(@TargetAggregateIdentifier String placementId, String employerId, String feeId,
                               LocalDate reimbursedOn) {
    }
}
