package org.corridor.permits.application.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.AmendEmployer;
import org.corridor.permits.application.api.ApplicationCommands.ApproveApplication;
import org.corridor.permits.application.api.ApplicationCommands.EndPermit;
import org.corridor.permits.application.api.ApplicationCommands.ErasePersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.IssuePermit;
import org.corridor.permits.application.api.ApplicationCommands.LodgeApplication;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationCommands.RecordDocumentReceived;
import org.corridor.permits.application.api.ApplicationCommands.RecordImmigrationStatus;
import org.corridor.permits.application.api.ApplicationCommands.RecordLodgement;
import org.corridor.permits.application.api.ApplicationCommands.RefuseApplication;
import org.corridor.permits.application.api.ApplicationCommands.RejectDocument;
import org.corridor.permits.application.api.ApplicationCommands.RenewPermit;
import org.corridor.permits.application.api.ApplicationCommands.VerifyDocument;
import org.corridor.permits.application.api.ApplicationDeadlines;
import org.corridor.permits.application.api.ApplicationDeadlines.DecisionDue;
import org.corridor.permits.application.api.ApplicationDeadlines.PermitExpires;
import org.corridor.permits.application.api.ApplicationDeadlines.PermitExpiring;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationRefused;
import org.corridor.permits.application.api.ApplicationEvents.DocumentReceived;
import org.corridor.permits.application.api.ApplicationEvents.DocumentRejected;
import org.corridor.permits.application.api.ApplicationEvents.DocumentVerified;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.corridor.permits.application.api.ApplicationEvents.PermitAmended;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.api.ApplicationEvents.PermitIssued;
import org.corridor.permits.application.api.ApplicationEvents.PermitRenewed;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsErased;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.api.DeadlineKind;
import org.corridor.permits.application.api.DocumentState;
import org.corridor.permits.application.api.DocumentType;
import org.corridor.permits.application.api.EndReason;
import org.corridor.permits.application.api.ImmigrationCaseStatus;
import org.corridor.permits.application.api.NotYourApplication;
import org.corridor.permits.application.api.RemoteDecisionResolution;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.corridor.permits.application.command.ApplicationRules.require;

/**
 * A worker's work permit application at a consulate, from the agreed placement that opened it to the end of the
 * permit. Every transition is checked by a named rule of {@link ApplicationRules}.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class PermitApplication {

    @AggregateIdentifier
    private String applicationId;
    private String personId;
    private String schemeId;
    private String employerId;
    private String originCountry;
    private String destinationCountry;
    private String post;
    private String permitType;
    private Duration decisionServiceLevel;
    private ApplicationStatus status;
    private boolean personalDetails;
    /** The worker's key is destroyed: their details are gone for good and cannot be added again. */
    private boolean personalDetailsErased;
    private final Map<DocumentType, DocumentState> checklist = new EnumMap<>(DocumentType.class);
    private String caseReference;
    private String decisionDeadlineId;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate appealBy;
    /** The decision recorded on the application ({@code APPROVED} or {@code REFUSED}), and the validity approved. */
    private String decision;
    private LocalDate approvedFrom;
    private LocalDate approvedUntil;
    /** What the immigration system last said of the case, and whether it has decided it (then sync is over). */
    private String remoteStatus;
    private boolean remoteDecisionReceived;
    private List<String> expiryDeadlineIds = List.of();
    private final Set<String> raisedDeadlines = new HashSet<>();

    PermitApplication() {
        // for Axon
    }

    @CommandHandler
    PermitApplication(OpenApplication command) {
        apply(new ApplicationOpened(command.applicationId(), command.placementId(), command.personId(),
                command.schemeId(), command.employerId(), command.jobOrderId(), command.iscoCode(),
                command.originCountry(), command.destinationCountry(), command.startDate(), command.contractMonths(),
                command.post(), command.permitType(), command.decisionServiceLevel(), RequiredDocuments.FOR_WORK));
    }

    @CommandHandler
    void handle(AddPersonalDetails command) {
        requirePerson(command.actingPerson());
        require(!personalDetailsErased, ApplicationRules.NO_DETAILS_AFTER_ERASURE, status, "passportNumber",
                "your personal details were erased at your request and cannot be added to this application again; "
                        + "a new placement opens a new application");
        require(status == ApplicationStatus.OPEN, ApplicationRules.DETAILS_UNTIL_LODGED, status, "passportNumber",
                "personal details can be added only until the application is lodged; ask the consulate to amend them");
        apply(new PersonalDetailsAdded(applicationId, personId, command.passportNumber(), command.nationality(),
                command.birthDate(), command.gender()));
    }

    /** After the worker's key is destroyed; a second erasure of the same application changes nothing. */
    @CommandHandler
    void handle(ErasePersonalDetails command) {
        requirePerson(command.personId());
        if (personalDetailsErased) {
            return;
        }
        apply(new PersonalDetailsErased(applicationId, personId));
    }

    @CommandHandler
    void handle(RecordDocumentReceived command) {
        requirePost(command.actingPost());
        requireDetailsNotErased("document");
        require(status == ApplicationStatus.OPEN, ApplicationRules.CHECKLIST_UNTIL_LODGED, status, "document",
                "the checklist is closed once the application is lodged");
        DocumentState state = documentState(command.document());
        require(state != DocumentState.VERIFIED, ApplicationRules.VERIFIED_DOCUMENT_STAYS, status, "document",
                command.document() + " is already verified; nothing to receive");
        apply(new DocumentReceived(applicationId, command.document()));
    }

    @CommandHandler
    void handle(VerifyDocument command) {
        requirePost(command.actingPost());
        requireDetailsNotErased("document");
        require(status == ApplicationStatus.OPEN, ApplicationRules.CHECKLIST_UNTIL_LODGED, status, "document",
                "the checklist is closed once the application is lodged");
        require(documentState(command.document()) == DocumentState.RECEIVED, ApplicationRules.VERIFY_WHAT_WAS_RECEIVED,
                status, "document", command.document() + " is " + documentState(command.document())
                        + "; record it as received before verifying it");
        apply(new DocumentVerified(applicationId, command.document()));
    }

    @CommandHandler
    void handle(RejectDocument command) {
        requirePost(command.actingPost());
        requireDetailsNotErased("document");
        require(status == ApplicationStatus.OPEN, ApplicationRules.CHECKLIST_UNTIL_LODGED, status, "document",
                "the checklist is closed once the application is lodged");
        require(documentState(command.document()) == DocumentState.RECEIVED, ApplicationRules.REJECT_WHAT_WAS_RECEIVED,
                status, "document", command.document() + " is " + documentState(command.document())
                        + "; only a received document can be rejected");
        require(command.reason() != null && !command.reason().isBlank(), ApplicationRules.REJECTION_NEEDS_REASON,
                status, "reason", "say why the document is rejected, so the worker knows what to send instead");
        apply(DocumentRejected.sealed(applicationId, personId, command.document(), command.reason().strip()));
    }

    @CommandHandler
    void handle(LodgeApplication command) {
        requirePost(command.actingPost());
        require(status == ApplicationStatus.OPEN, ApplicationRules.LODGE_ONCE, status, "status",
                "the application is already " + status + "; it is lodged once");
        require(personalDetails, ApplicationRules.LODGE_WITH_PERSONAL_DETAILS, status, "passportNumber",
                personalDetailsErased
                        ? "the worker's details were erased at their request; this application cannot be lodged"
                        : "the worker has not added passport number, nationality and birth date yet; ask them to");
        List<DocumentType> missing = checklist.entrySet().stream()
                .filter(item -> item.getValue() != DocumentState.VERIFIED).map(Map.Entry::getKey).toList();
        require(missing.isEmpty(), ApplicationRules.LODGE_WITH_VERIFIED_DOCUMENTS, status, "checklist",
                "not yet verified: " + missing + "; verify every document before lodging");
        apply(new LodgementRequested(applicationId, UUID.nameUUIDFromBytes(("lodge:" + applicationId).getBytes(StandardCharsets.UTF_8))
                .toString(), post));
    }

    @CommandHandler
    void handle(RecordLodgement command, DeadlineManager deadlines) {
        if (status == ApplicationStatus.LODGED && command.caseReference().equals(caseReference)) {
            return; // the same answer delivered twice
        }
        require(status == ApplicationStatus.LODGEMENT_PENDING, ApplicationRules.LODGEMENT_ANSWERS_A_REQUEST, status,
                "caseReference", "no lodgement of this application is waiting for the immigration system");
        Instant due = command.lodgedAt().plus(decisionServiceLevel);
        String deadlineId = deadlines.schedule(due, ApplicationDeadlines.DECISION_DUE,
                new DecisionDue(applicationId, LocalDate.ofInstant(due, ZoneOffset.UTC)));
        apply(new ApplicationLodged(applicationId, command.caseReference(), command.lodgedAt(),
                LocalDate.ofInstant(due, ZoneOffset.UTC), deadlineId));
    }

    /**
     * The immigration system's view of the case, read by the status sync: a new step is recorded once; its decision
     * becomes the application's when none is recorded yet, and otherwise confirms or conflicts with the consulate's,
     * which it never overwrites. Once the remote has decided, later reports change nothing.
     */
    @CommandHandler
    void handle(RecordImmigrationStatus command, DeadlineManager deadlines) {
        require(caseReference != null && caseReference.equals(command.caseReference()),
                ApplicationRules.STATUS_OF_ITS_OWN_CASE, status, "caseReference",
                caseReference == null ? "the application has no case at the immigration system yet"
                        : "the application's case is " + caseReference + ", not " + command.caseReference());
        if (remoteDecisionReceived) {
            return; // the remote decided before: a repeat, or a later report, changes nothing
        }
        if (!ImmigrationCaseStatus.isDecision(command.remoteStatus())) {
            if (!command.remoteStatus().equals(remoteStatus)) {
                apply(new ImmigrationStatusReported(applicationId, caseReference, command.remoteStatus(),
                        command.reportedAt()));
            }
            return;
        }
        boolean approval = ImmigrationCaseStatus.APPROVED.equals(command.remoteStatus());
        if (approval) {
            require(command.validFrom() != null && command.validUntil() != null
                            && command.validUntil().isAfter(command.validFrom()), ApplicationRules.VALID_UNTIL_AFTER_VALID_FROM,
                    status, "validUntil", "the immigration system's permit must end after it starts");
        } else {
            require(command.reasons() != null && !command.reasons().isEmpty(), ApplicationRules.REFUSAL_NEEDS_REASONS,
                    status, "reasons", "the immigration system's refusal must state its reasons");
            require(command.decidedOn() != null && command.appealBy() != null
                            && command.appealBy().isAfter(command.decidedOn()), ApplicationRules.APPEAL_DATE_AFTER_DECISION,
                    status, "appealBy", "the immigration system's right of appeal must run beyond its decision");
        }
        RemoteDecisionResolution resolution;
        String conflict = null;
        if (status == ApplicationStatus.LODGED) {
            resolution = RemoteDecisionResolution.RECORDED;
        } else if (!command.remoteStatus().equals(decision)) {
            resolution = RemoteDecisionResolution.CONFLICTS_WITH_RECORDED;
            conflict = "the immigration system " + (approval ? "approved" : "refused") + " case " + caseReference
                    + "; the consulate recorded " + decision + ". The consulate's decision stands: check with the "
                    + "immigration system which one holds";
        } else if (approval && !(command.validFrom().equals(approvedFrom) && command.validUntil().equals(approvedUntil))) {
            resolution = RemoteDecisionResolution.CONFLICTS_WITH_RECORDED;
            conflict = "the immigration system approved case " + caseReference + " valid " + command.validFrom()
                    + " to " + command.validUntil() + "; the consulate recorded " + approvedFrom + " to "
                    + approvedUntil + ". The consulate's dates stand: check with the immigration system which hold";
        } else {
            resolution = RemoteDecisionResolution.CONFIRMS_RECORDED;
        }
        apply(ImmigrationDecisionReceived.sealed(applicationId, personId, caseReference, command.remoteStatus(),
                approval ? command.validFrom() : null, approval ? command.validUntil() : null,
                approval ? null : List.copyOf(command.reasons()), command.decidedOn(),
                approval ? null : command.appealBy(), command.reportedAt(), resolution, conflict));
        if (resolution == RemoteDecisionResolution.RECORDED) {
            cancelDecisionDeadline(deadlines);
            if (approval) {
                apply(new ApplicationApproved(applicationId, command.validFrom(), command.validUntil()));
            } else {
                apply(ApplicationRefused.sealed(applicationId, personId, List.copyOf(command.reasons()),
                        command.decidedOn(), command.appealBy()));
            }
        }
    }

    @CommandHandler
    void handle(ApproveApplication command, DeadlineManager deadlines) {
        requirePost(command.actingPost());
        require(status == ApplicationStatus.LODGED, ApplicationRules.DECIDE_WHEN_LODGED, status, "status",
                decideWhenLodgedAdvice());
        require(command.validUntil().isAfter(command.validFrom()), ApplicationRules.VALID_UNTIL_AFTER_VALID_FROM,
                status, "validUntil", "the permit must end after it starts");
        cancelDecisionDeadline(deadlines);
        apply(new ApplicationApproved(applicationId, command.validFrom(), command.validUntil()));
    }

    @CommandHandler
    void handle(RefuseApplication command, DeadlineManager deadlines) {
        requirePost(command.actingPost());
        require(status == ApplicationStatus.LODGED, ApplicationRules.DECIDE_WHEN_LODGED, status, "status",
                decideWhenLodgedAdvice());
        List<String> reasons = command.reasons() == null ? List.of()
                : command.reasons().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        require(!reasons.isEmpty(), ApplicationRules.REFUSAL_NEEDS_REASONS, status, "reasons",
                "a refusal states its reasons, so the worker can appeal them");
        require(command.appealBy().isAfter(command.decidedOn()), ApplicationRules.APPEAL_DATE_AFTER_DECISION, status,
                "appealBy", "the right of appeal must run beyond the day of the decision");
        cancelDecisionDeadline(deadlines);
        apply(ApplicationRefused.sealed(applicationId, personId, reasons, command.decidedOn(), command.appealBy()));
    }

    @CommandHandler
    void handle(IssuePermit command, DeadlineManager deadlines) {
        requirePost(command.actingPost());
        require(status == ApplicationStatus.APPROVED, ApplicationRules.ISSUE_WHEN_APPROVED, status, "status",
                status == ApplicationStatus.REFUSED ? "a refused application is never issued; the worker may appeal"
                        : "only an approved application is issued; decide it first");
        apply(PermitIssued.sealed(applicationId, command.permitNumber(), personId, schemeId, employerId, validFrom,
                validUntil, permitType, scheduleExpiry(deadlines, validUntil)));
    }

    @CommandHandler
    void handle(AmendEmployer command) {
        require(status != ApplicationStatus.ENDED, ApplicationRules.ENDED_IS_FINAL, status, "status",
                "the permit has ended; a new placement opens a new application");
        if (command.newEmployerId().equals(employerId)) {
            return; // already amended: the same change delivered twice
        }
        apply(new PermitAmended(applicationId, employerId, command.newEmployerId(), command.newJobOrderId(),
                command.effectiveFrom()));
    }

    @CommandHandler
    void handle(RenewPermit command, DeadlineManager deadlines) {
        requirePost(command.actingPost());
        require(status == ApplicationStatus.ISSUED, ApplicationRules.RENEW_AN_ISSUED_PERMIT, status, "status",
                "only an issued permit is renewed");
        require(command.validUntil().isAfter(validUntil), ApplicationRules.RENEWAL_EXTENDS, status, "validUntil",
                "a renewal runs beyond the current end, " + validUntil);
        expiryDeadlineIds.forEach(id -> deadlines.cancelSchedule(deadlineNameOf(id), scheduleIdOf(id)));
        apply(new PermitRenewed(applicationId, validUntil, command.validUntil(),
                scheduleExpiry(deadlines, command.validUntil())));
    }

    @CommandHandler
    void handle(EndPermit command, DeadlineManager deadlines) {
        requirePost(command.actingPost());
        require(status != ApplicationStatus.ENDED, ApplicationRules.ENDED_IS_FINAL, status, "status",
                "the permit has already ended");
        switch (command.reason()) {
            case EXPIRED -> require(false, ApplicationRules.EXPIRY_IS_RECORDED_BY_THE_SERVICE, status, "reason",
                    "a permit expires by itself the day after " + validUntil + "; cancel it instead if it ends early");
            case CANCELLED, WORKER_DEPARTED -> require(status == ApplicationStatus.ISSUED,
                    ApplicationRules.END_AN_ISSUED_PERMIT, status, "reason",
                    "only an issued permit is cancelled or ended by departure");
            case REFUSED -> {
                require(status == ApplicationStatus.REFUSED, ApplicationRules.END_A_REFUSED_APPLICATION, status,
                        "reason", "only a refused application ends as refused");
                require(command.endedOn().isAfter(appealBy), ApplicationRules.END_A_REFUSED_APPLICATION, status,
                        "endedOn", "the worker may appeal until " + appealBy + "; end it after that day");
            }
        }
        expiryDeadlineIds.forEach(id -> deadlines.cancelSchedule(deadlineNameOf(id), scheduleIdOf(id)));
        end(command.reason(), command.endedOn());
    }

    @DeadlineHandler(deadlineName = ApplicationDeadlines.DECISION_DUE)
    void on(DecisionDue due) {
        // At least once: a second delivery, or one after the decision, changes nothing.
        if (status != ApplicationStatus.LODGED
                || raisedDeadlines.contains(DeadlineKind.DECISION_OVERDUE + "/" + due.dueOn())) {
            return;
        }
        apply(new PermitDeadlineRaised(applicationId, personId, post, DeadlineKind.DECISION_OVERDUE, due.dueOn()));
    }

    @DeadlineHandler(deadlineName = ApplicationDeadlines.PERMIT_EXPIRING)
    void on(PermitExpiring expiring) {
        if (status != ApplicationStatus.ISSUED || !expiring.validUntil().equals(validUntil)
                || raisedDeadlines.contains(expiring.deadline() + "/" + expiring.validUntil())) {
            return;
        }
        apply(new PermitDeadlineRaised(applicationId, personId, post, expiring.deadline(), expiring.validUntil()));
    }

    @DeadlineHandler(deadlineName = ApplicationDeadlines.PERMIT_EXPIRES)
    void on(PermitExpires expires) {
        if (status != ApplicationStatus.ISSUED || !expires.validUntil().equals(validUntil)) {
            return;
        }
        end(EndReason.EXPIRED, expires.validUntil().plusDays(1));
    }

    private void end(EndReason reason, LocalDate endedOn) {
        apply(new PermitEnded(applicationId, personId, schemeId, employerId, originCountry, destinationCountry, reason,
                endedOn));
    }

    /** Schedules the 90- and 30-day alerts and the expiry itself; returns "name|scheduleId" for each. */
    private List<String> scheduleExpiry(DeadlineManager deadlines, LocalDate until) {
        List<String> ids = new ArrayList<>();
        ids.add(ApplicationDeadlines.PERMIT_EXPIRING + "|" + deadlines.schedule(startOf(until.minusDays(90)),
                ApplicationDeadlines.PERMIT_EXPIRING,
                new PermitExpiring(applicationId, DeadlineKind.EXPIRES_IN_90_DAYS, until)));
        ids.add(ApplicationDeadlines.PERMIT_EXPIRING + "|" + deadlines.schedule(startOf(until.minusDays(30)),
                ApplicationDeadlines.PERMIT_EXPIRING,
                new PermitExpiring(applicationId, DeadlineKind.EXPIRES_IN_30_DAYS, until)));
        ids.add(ApplicationDeadlines.PERMIT_EXPIRES + "|" + deadlines.schedule(startOf(until.plusDays(1)),
                ApplicationDeadlines.PERMIT_EXPIRES, new PermitExpires(applicationId, until)));
        return ids;
    }

    private void cancelDecisionDeadline(DeadlineManager deadlines) {
        if (decisionDeadlineId != null) {
            deadlines.cancelSchedule(ApplicationDeadlines.DECISION_DUE, decisionDeadlineId);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String deadlineNameOf(String id) {
        return id.substring(0, id.indexOf('|'));
    }

    private static String scheduleIdOf(String id) {
        return id.substring(id.indexOf('|') + 1);
    }

    private String decideWhenLodgedAdvice() {
        return switch (status) {
            case OPEN -> "no decision before lodging; lodge the application first";
            case LODGEMENT_PENDING -> "the lodgement has not reached the immigration system yet; it is retried by itself";
            default -> "the application is already decided";
        };
    }

    /** After the worker's erasure the application cannot be lodged: its checklist is closed too. */
    private void requireDetailsNotErased(String field) {
        require(!personalDetailsErased, ApplicationRules.CHECKLIST_CLOSED_AFTER_ERASURE, status, field,
                "the worker's details were erased at their request; this application cannot be lodged, so its "
                        + "checklist is closed");
    }

    private DocumentState documentState(DocumentType document) {
        return checklist.getOrDefault(document, DocumentState.MISSING);
    }

    private void requirePost(String actingPost) {
        if (actingPost != null && !actingPost.equals(post)) {
            throw new NotYourApplication(applicationId);
        }
    }

    private void requirePerson(String actingPerson) {
        if (actingPerson != null && !actingPerson.equals(personId)) {
            throw new NotYourApplication(applicationId);
        }
    }

    @EventSourcingHandler
    void on(ApplicationOpened event) {
        applicationId = event.applicationId();
        personId = event.personId();
        schemeId = event.schemeId();
        employerId = event.employerId();
        originCountry = event.originCountry();
        destinationCountry = event.destinationCountry();
        post = event.post();
        permitType = event.permitType();
        decisionServiceLevel = event.decisionServiceLevel();
        event.requiredDocuments().forEach(document -> checklist.put(document, DocumentState.MISSING));
        status = ApplicationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(PersonalDetailsAdded event) {
        personalDetails = true;
    }

    @EventSourcingHandler
    void on(PersonalDetailsErased event) {
        personalDetails = false;
        personalDetailsErased = true;
    }

    @EventSourcingHandler
    void on(DocumentReceived event) {
        checklist.put(event.document(), DocumentState.RECEIVED);
    }

    @EventSourcingHandler
    void on(DocumentVerified event) {
        checklist.put(event.document(), DocumentState.VERIFIED);
    }

    @EventSourcingHandler
    void on(DocumentRejected event) {
        checklist.put(event.document(), DocumentState.REJECTED);
    }

    @EventSourcingHandler
    void on(LodgementRequested event) {
        status = ApplicationStatus.LODGEMENT_PENDING;
    }

    @EventSourcingHandler
    void on(ApplicationLodged event) {
        status = ApplicationStatus.LODGED;
        caseReference = event.caseReference();
        decisionDeadlineId = event.decisionDeadlineId();
    }

    @EventSourcingHandler
    void on(ImmigrationStatusReported event) {
        remoteStatus = event.remoteStatus();
    }

    @EventSourcingHandler
    void on(ImmigrationDecisionReceived event) {
        remoteStatus = event.outcome();
        remoteDecisionReceived = true;
    }

    @EventSourcingHandler
    void on(ApplicationApproved event) {
        status = ApplicationStatus.APPROVED;
        decision = ImmigrationCaseStatus.APPROVED;
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        approvedFrom = event.validFrom();
        approvedUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ApplicationRefused event) {
        status = ApplicationStatus.REFUSED;
        decision = ImmigrationCaseStatus.REFUSED;
        appealBy = event.appealBy();
    }

    @EventSourcingHandler
    void on(PermitIssued event) {
        status = ApplicationStatus.ISSUED;
        expiryDeadlineIds = event.expiryDeadlineIds();
    }

    @EventSourcingHandler
    void on(PermitAmended event) {
        employerId = event.newEmployerId();
    }

    @EventSourcingHandler
    void on(PermitRenewed event) {
        validUntil = event.validUntil();
        expiryDeadlineIds = event.expiryDeadlineIds();
    }

    @EventSourcingHandler
    void on(PermitDeadlineRaised event) {
        raisedDeadlines.add(event.deadline() + "/" + event.dueOn());
    }

    @EventSourcingHandler
    void on(PermitEnded event) {
        status = ApplicationStatus.ENDED;
        expiryDeadlineIds = List.of();
    }
}
