package org.corridor.returns.benefit.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** A benefit claim and where it is; no personal values (the insurance number stays sealed in the event store). */
@Document(BenefitClaimView.COLLECTION)
public record BenefitClaimView(@Id String claimId, String returneeId, String originCountry, String destinationCountry,
                               String kind, LocalDate insuredFrom, LocalDate insuredUntil, String returnCaseId,
                               LocalDate filedOn, String status, String destinationReference,
                               String destinationStatus, Instant receivedAt, String refusal) {

    static final String COLLECTION = "benefit-claims";
}
