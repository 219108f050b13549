package org.corridor.permits.application.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A permit application as the consulate and the worker read it. Holds no personal data: whether the worker added
 * their details (or had them erased), never the details themselves; the permit number is cleared when the worker is
 * erased.
 */
@Document(ApplicationView.COLLECTION)
public record ApplicationView(@Id String applicationId, String placementId, String personId, String schemeId,
                              String employerId, String jobOrderId, String post, String permitType,
                              String originCountry, String destinationCountry, String status, Instant openedAt,
                              boolean personalDetailsAdded, Boolean personalDetailsErased,
                              Map<String, String> checklist,
                              Map<String, String> rejectionReasons, Instant lodgementRequestedAt,
                              Lodgement lodgement, String caseReference, Instant lodgedAt, LocalDate decisionDueOn,
                              Instant decidedAt, LocalDate validFrom, LocalDate validUntil,
                              List<String> refusalReasons, LocalDate appealBy, String permitNumber, String endReason,
                              LocalDate endedOn, List<String> deadlinesRaised, ImmigrationCase immigrationCase) {

    static final String COLLECTION = "permit-applications";

    /** Whether the worker's details were erased at their request (views written before erasure existed say null). */
    public boolean detailsErased() {
        return Boolean.TRUE.equals(personalDetailsErased);
    }

    /** How the lodgement with the immigration system is going: the last attempt, its outcome, the next retry. */
    public record Lodgement(int attempts, Instant lastAttemptAt, String lastOutcome, Instant nextAttemptAt) {
    }

    /**
     * The case as the immigration system last said, followed by the service after lodging.
     *
     * @param status        the remote's last status word ({@code IN_REVIEW}, {@code APPROVED}, ...)
     * @param reportedAt    when the remote said it
     * @param lastCheckAt   the last time the service asked
     * @param lastOutcome   what that check gave ({@code answered: IN_REVIEW}, or why it failed)
     * @param nextCheckAt   when it asks again; none once the remote has decided
     * @param resolution    once the remote decided: {@code RECORDED}, {@code CONFIRMS_RECORDED} or
     *                      {@code CONFLICTS_WITH_RECORDED}
     * @param conflict      how the remote's decision conflicts with the consulate's, which stands
     */
    public record ImmigrationCase(String status, Instant reportedAt, Instant lastCheckAt, String lastOutcome,
                                  Instant nextCheckAt, String resolution, String conflict) {
    }
}
