package org.corridor.returns.returncase.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.person.command.ForgottenPeople;
import org.corridor.returns.returncase.api.AssessNeeds;
import org.corridor.returns.returncase.api.CertificationOutcomeRecorded;
import org.corridor.returns.returncase.api.CloseReturnCase;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.FollowUpDue;
import org.corridor.returns.returncase.api.FollowUpRaised;
import org.corridor.returns.returncase.api.FollowUpRecorded;
import org.corridor.returns.returncase.api.FollowUpScheduled;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureOutcomeRecorded;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.NeedsAssessed;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.api.OpenedBy;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.PlanMeasure;
import org.corridor.returns.returncase.api.RecordCertificationOutcome;
import org.corridor.returns.returncase.api.RecordFollowUp;
import org.corridor.returns.returncase.api.RecordMeasureOutcome;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.corridor.returns.returncase.api.ReturneeRegistered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A returnee's reintegration: the case opened on return, the needs assessment, the plan of measures with their
 * outcomes, follow-ups 3, 6 and 12 months after the return (persistent deadlines, raised once each), and its
 * closure. Counsellors of the country returned to run it.
 */
@Aggregate
class ReturnCase {

    static final String FOLLOW_UP = "return-case-follow-up";
    static final String ERASED_RETURNEE_GETS_NO_NEW_RECORDS = "erased-returnee-gets-no-new-records";

    @AggregateIdentifier
    private String returnCaseId;
    private PersonId returnee;
    private CountryCode originCountry;
    private String schemeId;
    private boolean assessed;
    private boolean closed;
    private LocalDate returnedOn;
    private final Map<FollowUp, Instant> followUpsDue = new EnumMap<>(FollowUp.class);
    private final Map<FollowUp, String> followUpSchedules = new EnumMap<>(FollowUp.class);
    private final Set<FollowUp> followUpsRaised = EnumSet.noneOf(FollowUp.class);
    private final Set<FollowUp> followUpsRecorded = EnumSet.noneOf(FollowUp.class);
    private final Map<String, MeasureType> measures = new LinkedHashMap<>();
    private final Map<String, MeasureOutcome> outcomes = new LinkedHashMap<>();
    private final Set<String> permitApplications = new HashSet<>();
    private boolean registeredByReturnee;

    ReturnCase() {
        // for Axon
    }

    /**
     * A permit's end opens the returnee's case, or joins the open one they registered themselves (one case per
     * return, see {@link OneCasePerReturn}); the same permit's end again records nothing.
     *
     * @return whether it opened the case
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(OpenReturnCaseOnPermitEnd command, DeadlineManager deadlines, FollowUpSchedule schedule) {
        if (returnCaseId == null) {
            apply(new ReturnCaseOpened(command.returnCaseId(), command.returnee(), OpenedBy.PERMIT_ENDED,
                    command.originCountry(), command.destinationCountry(), command.schemeId(),
                    command.applicationId(), command.employerId(), command.endReason(), command.endedOn(), null));
            scheduleFollowUps(command.returnCaseId(), command.endedOn(), deadlines, schedule);
            return true;
        }
        requireNotClosedMeanwhile();
        if (!permitApplications.contains(command.applicationId())) {
            apply(new PermitEndRecorded(returnCaseId, returnee, command.applicationId(), command.schemeId(),
                    command.employerId(), command.destinationCountry(), command.endReason(), command.endedOn()));
        }
        return false;
    }

    /**
     * The returnee registers their return: it opens their case, or is answered by the open one. On a case a
     * permit's end opened, the first registration is recorded (with the gender they may declare); a registration
     * on a case they registered already records nothing.
     *
     * @return whether it opened the case
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RegisterReturn command, DeadlineManager deadlines, FollowUpSchedule schedule,
                   CryptoShredder shredder) {
        ForgottenPeople.requireNotForgotten(shredder, command.returnee(), "returnee");
        ReturnCasePolicy.check(command);
        if (returnCaseId == null) {
            apply(new ReturnCaseOpened(command.returnCaseId(), command.returnee(), OpenedBy.SELF_REGISTERED,
                    command.originCountry(), command.destinationCountry(), command.schemeId(), null, null, null,
                    command.returnedOn(), command.gender()));
            scheduleFollowUps(command.returnCaseId(), command.returnedOn(), deadlines, schedule);
            return true;
        }
        requireNotClosedMeanwhile();
        if (!registeredByReturnee) {
            apply(new ReturneeRegistered(returnCaseId, returnee, command.returnedOn(), command.destinationCountry(),
                    command.schemeId(), command.gender(), command.registeredOn()));
        }
        return false;
    }

    /** Takes what it needs as given: it runs in the handler that opens the case. */
    private static void scheduleFollowUps(String returnCaseId, LocalDate returnedOn, DeadlineManager deadlines,
                                          FollowUpSchedule schedule) {
        Instant now = GenericEventMessage.clock.instant();
        for (FollowUp followUp : FollowUp.values()) {
            Instant due = schedule.dueAt(followUp, returnedOn, now);
            String scheduleId = deadlines.schedule(due, FOLLOW_UP, new FollowUpDue(returnCaseId, followUp));
            apply(new FollowUpScheduled(returnCaseId, followUp, due, scheduleId));
        }
    }

    /** Delivery is at least once: a second delivery, or one after the case closed, changes nothing. */
    @DeadlineHandler(deadlineName = FOLLOW_UP)
    void on(FollowUpDue due) {
        if (closed || followUpsRaised.contains(due.followUp())) {
            return;
        }
        apply(new FollowUpRaised(returnCaseId, due.followUp(), followUpsDue.get(due.followUp())));
    }

    @CommandHandler
    void handle(RecordFollowUp command, CryptoShredder shredder) {
        requireOpenCaseOf(command.counsellorCountry());
        if (!followUpsRaised.contains(command.followUp())) {
            throw new RuleViolation("followUp", "the " + command.followUp() + " follow-up is due on "
                    + followUpsDue.get(command.followUp()) + "; record it once it is due");
        }
        if (followUpsRecorded.contains(command.followUp())) {
            throw new RuleViolation("followUp", "the " + command.followUp() + " follow-up is recorded already");
        }
        apply(new FollowUpRecorded(returnCaseId, returnee, command.followUp(), command.reached(),
                erased(shredder) ? null : strip(command.findings()), command.recordedOn()));
    }

    @CommandHandler
    void handle(AssessNeeds command, CryptoShredder shredder) {
        requireOpenCaseOf(command.counsellorCountry());
        requireNotErased(shredder, "needs", "assess");
        ReturnCasePolicy.check(command);
        apply(new NeedsAssessed(returnCaseId, returnee, List.copyOf(command.needs()), command.assessedOn()));
    }

    @CommandHandler
    void handle(PlanMeasure command, CryptoShredder shredder) {
        requireOpenCaseOf(command.counsellorCountry());
        requireNotErased(shredder, "type", "plan a measure for");
        if (!assessed) {
            throw new RuleViolation("needs", "assess the returnee's needs before planning measures");
        }
        if (measures.containsKey(command.measureId())) {
            throw new RuleViolation("measureId", "measure " + command.measureId() + " is already in the plan");
        }
        ReturnCasePolicy.check(command);
        apply(new MeasurePlanned(returnCaseId, returnee, command.measureId(), command.type(),
                command.description().strip(), command.owner().strip(), command.dueOn(), command.grant(),
                command.certification(), schemeId));
    }

    @CommandHandler
    void handle(RecordMeasureOutcome command, CryptoShredder shredder) {
        requireOpenCaseOf(command.counsellorCountry());
        MeasureType type = measure(command.measureId());
        if (outcomes.containsKey(command.measureId())) {
            throw new RuleViolation("measureId", "measure " + command.measureId() + " already has its outcome ("
                    + outcomes.get(command.measureId()) + ")");
        }
        if (type == MeasureType.SKILLS_CERTIFICATION && command.outcome() != MeasureOutcome.CANCELLED) {
            throw new RuleViolation("outcome", "a skills certification gets its outcome from skills-recognition's "
                    + "decision; you may only cancel it");
        }
        apply(new MeasureOutcomeRecorded(returnCaseId, returnee, command.measureId(), type,
                command.outcome(), erased(shredder) ? null : strip(command.note()), command.recordedOn()));
    }

    @CommandHandler
    void handle(RecordCertificationOutcome command) {
        if (measures.get(command.requestId()) != MeasureType.SKILLS_CERTIFICATION) {
            throw new RuleViolation("requestId", "no certification request " + command.requestId() + " in case "
                    + returnCaseId);
        }
        if (outcomes.containsKey(command.requestId())) {
            return; // answered already (or cancelled): a second answer changes nothing
        }
        MeasureOutcome outcome = switch (command.outcome()) {
            case "CERTIFIED" -> MeasureOutcome.COMPLETED;
            case "PARTIALLY_CERTIFIED" -> MeasureOutcome.PARTLY_COMPLETED;
            default -> MeasureOutcome.NOT_COMPLETED;
        };
        apply(new CertificationOutcomeRecorded(returnCaseId, returnee, command.requestId(), command.outcome(),
                List.copyOf(command.certifiedSkills()), List.copyOf(command.reasons()), command.decidedOn(), outcome));
    }

    @CommandHandler
    void handle(CloseReturnCase command, DeadlineManager deadlines, CryptoShredder shredder) {
        requireOpenCaseOf(command.counsellorCountry());
        List<String> open = measures.keySet().stream().filter(id -> !outcomes.containsKey(id)).toList();
        if (!open.isEmpty()) {
            throw new RuleViolation("measures", "record the outcome of measure " + String.join(", ", open)
                    + " first, or cancel it");
        }
        apply(new ReturnCaseClosed(returnCaseId, returnee, command.outcome(),
                erased(shredder) ? null : strip(command.note()), command.closedOn()));
        followUpSchedules.forEach((followUp, scheduleId) -> {
            if (!followUpsRaised.contains(followUp)) {
                deadlines.cancelSchedule(FOLLOW_UP, scheduleId);
            }
        });
    }

    /**
     * The returnee asked to be forgotten (ADR 55): nothing new about them is recorded. Needs and new measures are
     * refused; outcomes, follow-ups and the closure are recorded without their notes, so the case can be closed.
     */
    private boolean erased(CryptoShredder shredder) {
        return shredder.isErased(returnee.value());
    }

    private void requireNotErased(CryptoShredder shredder, String field, String action) {
        if (erased(shredder)) {
            throw new RuleViolation(field, ERASED_RETURNEE_GETS_NO_NEW_RECORDS, "the returnee asked to be forgotten "
                    + "and their records here were erased; you cannot " + action + " them any more. Record the "
                    + "outcomes of measures already planned and close the case");
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ReturnCaseOpened event) {
        returnCaseId = event.returnCaseId();
        returnee = event.returnee();
        originCountry = event.originCountry();
        schemeId = event.schemeId();
        returnedOn = event.returnedOn();
        registeredByReturnee = event.openedBy() == OpenedBy.SELF_REGISTERED;
        if (event.applicationId() != null) {
            permitApplications.add(event.applicationId());
        }
    }

    @EventSourcingHandler
    void on(PermitEndRecorded event) {
        permitApplications.add(event.applicationId());
    }

    @EventSourcingHandler
    void on(ReturneeRegistered event) {
        registeredByReturnee = true;
    }

    @EventSourcingHandler
    void on(FollowUpScheduled event) {
        followUpsDue.put(event.followUp(), event.dueAt());
        followUpSchedules.put(event.followUp(), event.scheduleId());
    }

    @EventSourcingHandler
    void on(FollowUpRaised event) {
        followUpsRaised.add(event.followUp());
    }

    @EventSourcingHandler
    void on(FollowUpRecorded event) {
        followUpsRecorded.add(event.followUp());
    }

    @EventSourcingHandler
    void on(NeedsAssessed event) {
        assessed = true;
    }

    @EventSourcingHandler
    void on(MeasurePlanned event) {
        measures.put(event.measureId(), event.type());
    }

    @EventSourcingHandler
    void on(MeasureOutcomeRecorded event) {
        outcomes.put(event.measureId(), event.outcome());
    }

    @EventSourcingHandler
    void on(CertificationOutcomeRecorded event) {
        outcomes.put(event.measureId(), event.measureOutcome());
    }

    @EventSourcingHandler
    void on(ReturnCaseClosed event) {
        closed = true;
    }

    private void requireNotClosedMeanwhile() {
        if (closed) {
            throw new CaseClosedMeanwhile(returnCaseId);
        }
    }

    private void requireOpenCaseOf(CountryCode counsellorCountry) {
        if (!originCountry.equals(counsellorCountry)) {
            throw new RuleViolation("returnCaseId", "this case is run by counsellors of " + originCountry
                    + "; hand it to them");
        }
        if (closed) {
            throw new RuleViolation("status", "the case is closed; a returnee who needs support again registers "
                    + "a new return");
        }
    }

    private MeasureType measure(String measureId) {
        MeasureType measure = measures.get(measureId);
        if (measure == null) {
            throw new RuleViolation("measureId", "no measure " + measureId + " in this plan; plan it first");
        }
        return measure;
    }
}
