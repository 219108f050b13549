package org.corridor.returns.benefit.query;

import org.corridor.kernel.types.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A benefit claim and where it is. The {@code benefit-claims} list holds no personal values: the insurance number,
 * the amount granted and the reasons of a refusal stay sealed in the event store and are shown only on the claim
 * itself ({@code GET /benefit-claims/{id}}).
 *
 * @param destinationStatus what the destination said on receipt
 * @param refusal           why the destination turned the claim away as sent ({@code REFUSED_BY_DESTINATION})
 * @param statusCheckedAt   when the destination last moved the claim on
 * @param decidedOn         the day it granted or refused the claim
 * @param grantedAmount     what it granted ({@code GRANTED}); on the claim itself only
 * @param refusalReasons    why it refused the claim after review ({@code REFUSED}); on the claim itself only
 * @param nextStatusCheckAt when the destination is asked next, while it has not decided
 */
@Document(BenefitClaimView.COLLECTION)
public record BenefitClaimView(@Id String claimId, String returneeId, String originCountry, String destinationCountry,
                               String kind, LocalDate insuredFrom, LocalDate insuredUntil, String returnCaseId,
                               LocalDate filedOn, String status, String destinationReference,
                               String destinationStatus, Instant receivedAt, String refusal,
                               Instant statusCheckedAt, LocalDate decidedOn, Money grantedAmount,
                               List<String> refusalReasons, Instant nextStatusCheckAt) {

    static final String COLLECTION = "benefit-claims";

    /** As the list keeps it: without the amount granted and the reasons of a refusal. */
    BenefitClaimView withoutPersonalValues() {
        return new BenefitClaimView(claimId, returneeId, originCountry, destinationCountry, kind, insuredFrom,
                insuredUntil, returnCaseId, filedOn, status, destinationReference, destinationStatus, receivedAt,
                refusal, statusCheckedAt, decidedOn, null, null, nextStatusCheckAt);
    }

    /** As the list keeps it once the returnee is erased: not naming them. */
    BenefitClaimView withoutReturnee() {
        return new BenefitClaimView(claimId, null, originCountry, destinationCountry, kind, insuredFrom, insuredUntil,
                returnCaseId, filedOn, status, destinationReference, destinationStatus, receivedAt, refusal,
                statusCheckedAt, decidedOn, grantedAmount, refusalReasons, nextStatusCheckAt);
    }
}
