package org.corridor.permits.application.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A permit application as the consulate and the worker read it. Holds no personal data: whether the worker added
 * their details, never the details themselves.
 */
@Document(ApplicationView.COLLECTION)
public record ApplicationView(@Id String applicationId, String placementId, String personId, String schemeId,
                              String employerId, String jobOrderId, String post, String permitType,
                              String originCountry, String destinationCountry, String status, Instant openedAt,
                              boolean personalDetailsAdded, Map<String, String> checklist,
                              Map<String, String> rejectionReasons, Instant lodgementRequestedAt,
                              Lodgement lodgement, String caseReference, Instant lodgedAt, LocalDate decisionDueOn,
                              Instant decidedAt, LocalDate validFrom, LocalDate validUntil,
                              List<String> refusalReasons, LocalDate appealBy, String permitNumber, String endReason,
                              LocalDate endedOn, List<String> deadlinesRaised) {

    static final String COLLECTION = "permit-applications";

    /** How the lodgement with the immigration system is going: the last attempt, its outcome, the next retry. */
    public record Lodgement(int attempts, Instant lastAttemptAt, String lastOutcome, Instant nextAttemptAt) {
    }
}
