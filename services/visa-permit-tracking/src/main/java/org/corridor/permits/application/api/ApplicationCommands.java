package org.corridor.permits.application.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What consulates, workers and the service itself ask of a permit application. Consulate commands carry the post
 * the officer acts for, worker commands the person the worker is: the application checks them against its own.
 */
public final class ApplicationCommands {

    private ApplicationCommands() {
    }

    /** From an agreed placement. The post and the service level come from the service's configuration. */
    public record OpenApplication(@TargetAggregateIdentifier String applicationId, String placementId,
                                  String personId, String schemeId, String employerId, String jobOrderId,
                                  String iscoCode, String originCountry, String destinationCountry,
                                  LocalDate startDate, int contractMonths, String post, String permitType,
                                  Duration decisionServiceLevel) {
    }

    public record AddPersonalDetails(@TargetAggregateIdentifier String applicationId, String actingPerson,
                                     String passportNumber, String nationality, LocalDate birthDate,
                                     Gender gender) {
    }

    /**
     * The worker asked to be forgotten and no legal hold keeps their details on this application (sent by the
     * service's erasure, after it destroyed the worker's key): the application no longer counts on them.
     */
    public record ErasePersonalDetails(@TargetAggregateIdentifier String applicationId, String personId) {
    }

    public record RecordDocumentReceived(@TargetAggregateIdentifier String applicationId, String actingPost,
                                         DocumentType document) {
    }

    public record VerifyDocument(@TargetAggregateIdentifier String applicationId, String actingPost,
                                 DocumentType document) {
    }

    public record RejectDocument(@TargetAggregateIdentifier String applicationId, String actingPost,
                                 DocumentType document, String reason) {
    }

    public record LodgeApplication(@TargetAggregateIdentifier String applicationId, String actingPost) {
    }

    /** The immigration system accepted the lodgement (sent by the service's adapter, not by a person). */
    public record RecordLodgement(@TargetAggregateIdentifier String applicationId, String caseReference,
                                  Instant lodgedAt) {
    }

    /**
     * What the immigration system says of the application's case, as the service's status sync read it (sent by the
     * service, not by a person). A status of {@code APPROVED} carries the validity, {@code REFUSED} the reasons, the
     * day of the decision and the right-of-appeal date; any other status is a step of the remote's own process.
     */
    public record RecordImmigrationStatus(@TargetAggregateIdentifier String applicationId, String caseReference,
                                          String remoteStatus, LocalDate validFrom, LocalDate validUntil,
                                          List<String> reasons, LocalDate decidedOn, LocalDate appealBy,
                                          Instant reportedAt) {
    }

    public record ApproveApplication(@TargetAggregateIdentifier String applicationId, String actingPost,
                                     LocalDate validFrom, LocalDate validUntil) {
    }

    public record RefuseApplication(@TargetAggregateIdentifier String applicationId, String actingPost,
                                    List<String> reasons, LocalDate decidedOn, LocalDate appealBy) {
    }

    public record IssuePermit(@TargetAggregateIdentifier String applicationId, String actingPost,
                              String permitNumber) {
    }

    /** From an employer change in employer-matching: the permit follows the worker to the new employer. */
    public record AmendEmployer(@TargetAggregateIdentifier String applicationId, String previousEmployerId,
                                String newEmployerId, String newJobOrderId, LocalDate effectiveFrom) {
    }

    public record RenewPermit(@TargetAggregateIdentifier String applicationId, String actingPost,
                              LocalDate validUntil) {
    }

    /** Ends a permit (consulate: cancelled, worker departed) or a refused application (after its appeal date). */
    public record EndPermit(@TargetAggregateIdentifier String applicationId, String actingPost, EndReason reason,
                            LocalDate endedOn) {
    }
}
