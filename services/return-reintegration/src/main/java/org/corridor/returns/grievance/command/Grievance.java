package org.corridor.returns.grievance.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.grievance.api.AgreeToBeNamed;
import org.corridor.returns.grievance.api.CloseGrievance;
import org.corridor.returns.grievance.api.DismissGrievance;
import org.corridor.returns.grievance.api.FileGrievance;
import org.corridor.returns.grievance.api.GrievanceClosed;
import org.corridor.returns.grievance.api.GrievanceDismissed;
import org.corridor.returns.grievance.api.GrievanceFiled;
import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.grievance.api.GrievanceResolved;
import org.corridor.returns.grievance.api.GrievanceStatus;
import org.corridor.returns.grievance.api.GrievanceSubstantiated;
import org.corridor.returns.grievance.api.GrievanceTriaged;
import org.corridor.returns.grievance.api.InvestigationStarted;
import org.corridor.returns.grievance.api.RecordRecovery;
import org.corridor.returns.grievance.api.RecoveryRecorded;
import org.corridor.returns.grievance.api.ResolveGrievance;
import org.corridor.returns.grievance.api.Respondent;
import org.corridor.returns.grievance.api.StartInvestigation;
import org.corridor.returns.grievance.api.SubstantiateGrievance;
import org.corridor.returns.grievance.api.TriageGrievance;
import org.corridor.returns.grievance.api.WorkerAgreedToBeNamed;
import org.corridor.returns.person.command.ForgottenPeople;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A worker's grievance against an employer or recruiter, from filing through a counsellor's investigation to its
 * closure. Only counsellors of the worker's home country work it.
 */
@Aggregate
class Grievance {

    @AggregateIdentifier
    private String grievanceId;
    private PersonId worker;
    private CountryCode homeCountry;
    private Respondent respondent;
    private String schemeId;
    private GrievanceKind kind;
    private Money amountClaimed;
    private Money recovered;
    private LocalDate filedOn;
    private boolean anonymous;
    private GrievanceStatus status;

    Grievance() {
        // for Axon
    }

    @CommandHandler
    Grievance(FileGrievance command, CryptoShredder shredder) {
        ForgottenPeople.requireNotForgotten(shredder, command.worker(), "worker");
        GrievanceFilingPolicy.check(command);
        apply(new GrievanceFiled(command.grievanceId(), command.worker(), command.homeCountry(),
                command.countryOfWork(), command.respondent(),
                command.schemeId(), command.placementId(), command.kind(), command.period(), command.amountClaimed(),
                command.evidenceReferences().stream().map(String::strip).toList(), command.answerLanguage(),
                command.anonymousTowardsEmployer(), command.account().strip(), command.filedOn()));
    }

    @CommandHandler
    void handle(TriageGrievance command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("triage", GrievanceStatus.FILED);
        apply(new GrievanceTriaged(grievanceId, command.counsellorId(), command.priority(), strip(command.note())));
    }

    @CommandHandler
    void handle(StartInvestigation command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("start an investigation", GrievanceStatus.TRIAGED);
        requireNotBeforeFiling("startedOn", command.startedOn());
        apply(new InvestigationStarted(grievanceId, strip(command.plan()), command.startedOn()));
    }

    @CommandHandler
    void handle(SubstantiateGrievance command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("substantiate", GrievanceStatus.UNDER_INVESTIGATION);
        List<String> reasons = reasons(command.reasons(), "say what the investigation established");
        requireNotBeforeFiling("substantiatedOn", command.substantiatedOn());
        apply(new GrievanceSubstantiated(grievanceId, respondent, schemeId, kind, reasons, command.substantiatedOn()));
    }

    @CommandHandler
    void handle(DismissGrievance command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("dismiss", GrievanceStatus.UNDER_INVESTIGATION);
        List<String> reasons = reasons(command.reasons(), "the worker is owed the reasons a grievance is dismissed");
        requireNotBeforeFiling("dismissedOn", command.dismissedOn());
        apply(new GrievanceDismissed(grievanceId, reasons, command.dismissedOn()));
    }

    @CommandHandler
    void handle(RecordRecovery command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("record money recovered", GrievanceStatus.SUBSTANTIATED, GrievanceStatus.RESOLVED);
        if (command.amount().isZero()) {
            throw new RuleViolation("amount", "a recovery is above zero; record nothing when nothing came back");
        }
        if (recovered != null && !recovered.currency().equals(command.amount().currency())) {
            throw new RuleViolation("amount.currency", "recoveries on this grievance are in " + recovered.currency()
                    + "; convert the amount at the day's rate and record it in " + recovered.currency());
        }
        if (recovered == null && amountClaimed != null
                && !amountClaimed.currency().equals(command.amount().currency())) {
            throw new RuleViolation("amount.currency", "the claim is in " + amountClaimed.currency()
                    + "; convert the amount at the day's rate and record it in " + amountClaimed.currency());
        }
        requireNotBeforeFiling("recoveredOn", command.recoveredOn());
        Money total = recovered == null ? command.amount()
                : new Money(recovered.amount().add(command.amount().amount()), recovered.currency());
        apply(new RecoveryRecorded(grievanceId, command.amount(), total, command.recoveredOn()));
    }

    @CommandHandler
    void handle(ResolveGrievance command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("resolve", GrievanceStatus.SUBSTANTIATED);
        String resolution = strip(command.resolution());
        if (resolution == null || resolution.isEmpty()) {
            throw new RuleViolation("resolution", "say how the grievance was put right");
        }
        requireNotBeforeFiling("resolvedOn", command.resolvedOn());
        apply(new GrievanceResolved(grievanceId, respondent, resolution, command.resolvedOn()));
    }

    @CommandHandler
    void handle(CloseGrievance command) {
        requireCounsellorOf(command.counsellorCountry());
        requireStatus("close", GrievanceStatus.DISMISSED, GrievanceStatus.RESOLVED);
        String outcome = strip(command.outcome());
        if (outcome == null || outcome.isEmpty()) {
            throw new RuleViolation("outcome", "say what the worker was told when the grievance closed");
        }
        apply(new GrievanceClosed(grievanceId, outcome, command.closedOn()));
    }

    @CommandHandler
    void handle(AgreeToBeNamed command) {
        if (!worker.equals(command.worker())) {
            throw new RuleViolation("worker", "only the worker who filed a grievance decides whether the employer "
                    + "learns who filed it");
        }
        if (anonymous) {
            apply(new WorkerAgreedToBeNamed(grievanceId, worker));
        }
        // Already named: agreeing again changes nothing.
    }

    @EventSourcingHandler
    void on(GrievanceFiled event) {
        grievanceId = event.grievanceId();
        worker = event.worker();
        homeCountry = event.homeCountry();
        respondent = event.respondent();
        schemeId = event.schemeId();
        kind = event.kind();
        amountClaimed = event.amountClaimed();
        filedOn = event.filedOn();
        anonymous = event.anonymousTowardsEmployer();
        status = GrievanceStatus.FILED;
    }

    @EventSourcingHandler
    void on(GrievanceTriaged event) {
        status = GrievanceStatus.TRIAGED;
    }

    @EventSourcingHandler
    void on(InvestigationStarted event) {
        status = GrievanceStatus.UNDER_INVESTIGATION;
    }

    @EventSourcingHandler
    void on(GrievanceSubstantiated event) {
        status = GrievanceStatus.SUBSTANTIATED;
    }

    @EventSourcingHandler
    void on(GrievanceDismissed event) {
        status = GrievanceStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(RecoveryRecorded event) {
        recovered = event.totalRecovered();
    }

    @EventSourcingHandler
    void on(GrievanceResolved event) {
        status = GrievanceStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(GrievanceClosed event) {
        status = GrievanceStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(WorkerAgreedToBeNamed event) {
        anonymous = false;
    }

    private void requireCounsellorOf(CountryCode counsellorCountry) {
        if (!homeCountry.equals(counsellorCountry)) {
            throw new RuleViolation("grievanceId", "this grievance is worked by counsellors of " + homeCountry
                    + "; hand it to them");
        }
    }

    private void requireStatus(String action, GrievanceStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new RuleViolation("status", "cannot " + action + " a grievance that is " + status
                    + "; it must be " + String.join(" or ", Set.of(allowed).stream().map(Enum::name).sorted().toList()));
        }
    }

    private void requireNotBeforeFiling(String field, LocalDate date) {
        if (date.isBefore(filedOn)) {
            throw new RuleViolation(field, "the grievance was filed on " + filedOn + "; give a date on or after it");
        }
    }

    private static List<String> reasons(List<String> given, String rule) {
        List<String> reasons = given == null ? List.of()
                : given.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (reasons.isEmpty()) {
            throw new RuleViolation("reasons", "give at least one reason: " + rule);
        }
        return reasons;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
