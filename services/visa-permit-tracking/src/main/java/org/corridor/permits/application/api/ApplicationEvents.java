package org.corridor.permits.application.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a permit application records. Private to this service; the public forms are in
 * {@code contracts/events/visa-permit-tracking.*}. Never rename these records: pending deadlines and stored events
 * carry their class names.
 */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    public record ApplicationOpened(String applicationId, String placementId, String personId, String schemeId,
                                    String employerId, String jobOrderId, String iscoCode, String originCountry,
                                    String destinationCountry, LocalDate startDate, int contractMonths, String post,
                                    String permitType, Duration decisionServiceLevel,
                                    List<DocumentType> requiredDocuments) {
    }

    /** Sealed with the worker's own key in the event store; erased with it. */
    public record PersonalDetailsAdded(String applicationId, @DataSubject String personId,
                                       @PersonalData String passportNumber, @PersonalData String nationality,
                                       @PersonalData LocalDate birthDate, @PersonalData Gender gender) {
    }

    /**
     * The worker's key is destroyed: the details sealed with it can never be read again, and this application can
     * no longer be lodged on them (nor get new ones). Carries no personal data.
     */
    public record PersonalDetailsErased(String applicationId, String personId) {
    }

    public record DocumentReceived(String applicationId, DocumentType document) {
    }

    public record DocumentVerified(String applicationId, DocumentType document) {
    }

    /**
     * The reason is sealed with the worker's key ({@code sealedReason}): it is written about their document and may
     * say more about them than intended. {@code reason} holds it in clear only in events recorded before it was
     * sealed.
     */
    public record DocumentRejected(String applicationId, DocumentType document, String reason,
                                   @DataSubject String personId, @PersonalData String sealedReason) {

        public static DocumentRejected sealed(String applicationId, String personId, DocumentType document,
                                              String reason) {
            return new DocumentRejected(applicationId, document, null, personId, reason);
        }

        /** The reason as recorded; {@code null} once the worker is erased. */
        public String reasonAsRecorded() {
            return sealedReason != null ? sealedReason : reason;
        }
    }

    /** The consulate lodged the application; the service sends it to the immigration system under this key. */
    public record LodgementRequested(String applicationId, String idempotencyKey, String post) {
    }

    public record ApplicationLodged(String applicationId, String caseReference, Instant lodgedAt,
                                    LocalDate decisionDueOn, String decisionDeadlineId) {
    }

    /** The immigration system's case moved to a step of its own process (not a decision). */
    public record ImmigrationStatusReported(String applicationId, String caseReference, String remoteStatus,
                                            Instant reportedAt) {
    }

    /**
     * The immigration system decided the case. {@code resolution} says what the service did with it: recorded it as
     * the application's decision, found it confirms the decision the consulate recorded, or found it conflicts with
     * that decision ({@code conflict} says how), which is flagged and never overwrites the consulate's.
     */
    public record ImmigrationDecisionReceived(String applicationId, String caseReference, String outcome,
                                              LocalDate validFrom, LocalDate validUntil, List<String> reasons,
                                              LocalDate decidedOn, LocalDate appealBy, Instant reportedAt,
                                              RemoteDecisionResolution resolution, String conflict,
                                              @DataSubject String personId,
                                              @PersonalData List<String> sealedReasons) {

        /** A refusal's reasons sealed with the worker's key; {@code reasons} is for events recorded before. */
        public static ImmigrationDecisionReceived sealed(String applicationId, String personId, String caseReference,
                                                         String outcome, LocalDate validFrom, LocalDate validUntil,
                                                         List<String> reasons, LocalDate decidedOn,
                                                         LocalDate appealBy, Instant reportedAt,
                                                         RemoteDecisionResolution resolution, String conflict) {
            return new ImmigrationDecisionReceived(applicationId, caseReference, outcome, validFrom, validUntil,
                    null, decidedOn, appealBy, reportedAt, resolution, conflict, personId, reasons);
        }
    }

    public record ApplicationApproved(String applicationId, LocalDate validFrom, LocalDate validUntil) {
    }

    /** A refusal that matters: recorded with its reasons and the date until which the worker may appeal. */
    public record ApplicationRefused(String applicationId, List<String> reasons, LocalDate decidedOn,
                                     LocalDate appealBy, @DataSubject String personId,
                                     @PersonalData List<String> sealedReasons) {

        /**
         * The reasons are about the worker's case and are sealed with their key ({@code sealedReasons});
         * {@code reasons} holds them in clear only in events recorded before they were sealed.
         */
        public static ApplicationRefused sealed(String applicationId, String personId, List<String> reasons,
                                                LocalDate decidedOn, LocalDate appealBy) {
            return new ApplicationRefused(applicationId, null, decidedOn, appealBy, personId, reasons);
        }

        /** The reasons as recorded; {@code null} once the worker is erased. */
        public List<String> reasonsAsRecorded() {
            return sealedReasons != null ? sealedReasons : reasons;
        }
    }

    /**
     * The permit number identifies the worker, so it is sealed with their key ({@code sealedPermitNumber}).
     * {@code permitNumber} holds it in clear only in events recorded before it was sealed; it is {@code null} in every
     * new event (the reader cannot seal what is already stored in clear without the keys, so old events keep it).
     */
    public record PermitIssued(String applicationId, String permitNumber, @DataSubject String personId,
                               String schemeId, String employerId, LocalDate validFrom, LocalDate validUntil,
                               String permitType, List<String> expiryDeadlineIds,
                               @PersonalData String sealedPermitNumber) {

        public static PermitIssued sealed(String applicationId, String permitNumber, String personId, String schemeId,
                                          String employerId, LocalDate validFrom, LocalDate validUntil,
                                          String permitType, List<String> expiryDeadlineIds) {
            return new PermitIssued(applicationId, null, personId, schemeId, employerId, validFrom, validUntil,
                    permitType, expiryDeadlineIds, permitNumber);
        }

        /** The number as recorded: sealed (then {@code null} once the worker is erased), or in clear from before. */
        public String number() {
            return sealedPermitNumber != null ? sealedPermitNumber : permitNumber;
        }
    }

    public record PermitAmended(String applicationId, String previousEmployerId, String newEmployerId,
                                String newJobOrderId, LocalDate effectiveFrom) {
    }

    public record PermitRenewed(String applicationId, LocalDate previousValidUntil, LocalDate validUntil,
                                List<String> expiryDeadlineIds) {
    }

    public record PermitEnded(String applicationId, String personId, String schemeId, String employerId,
                              String originCountry, String destinationCountry, EndReason reason,
                              LocalDate endedOn) {
    }

    public record PermitDeadlineRaised(String applicationId, String personId, String post, DeadlineKind deadline,
                                       LocalDate dueOn) {
    }
}
