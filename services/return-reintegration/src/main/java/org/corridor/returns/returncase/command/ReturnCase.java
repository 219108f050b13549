package org.corridor.returns.returncase.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.returncase.api.AssessNeeds;
import org.corridor.returns.returncase.api.CertificationOutcomeRecorded;
import org.corridor.returns.returncase.api.CloseReturnCase;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureOutcomeRecorded;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.NeedsAssessed;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.api.OpenedBy;
import org.corridor.returns.returncase.api.PlanMeasure;
import org.corridor.returns.returncase.api.RecordCertificationOutcome;
import org.corridor.returns.returncase.api.RecordMeasureOutcome;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A returnee's reintegration: the case opened on return, the needs assessment, the plan of measures with their
 * outcomes, and its closure. Counsellors of the country returned to run it.
 */
@Aggregate
class ReturnCase {

    @AggregateIdentifier
    private String returnCaseId;
    private PersonId returnee;
    private CountryCode originCountry;
    private String schemeId;
    private boolean assessed;
    private boolean closed;
    private final Map<String, MeasureType> measures = new LinkedHashMap<>();
    private final Map<String, MeasureOutcome> outcomes = new LinkedHashMap<>();

    ReturnCase() {
        // for Axon
    }

    @CommandHandler
    ReturnCase(OpenReturnCaseOnPermitEnd command) {
        apply(new ReturnCaseOpened(command.returnCaseId(), command.returnee(), OpenedBy.PERMIT_ENDED,
                command.originCountry(), command.destinationCountry(), command.schemeId(), command.applicationId(),
                command.employerId(), command.endReason(), command.endedOn(), null));
    }

    @CommandHandler
    ReturnCase(RegisterReturn command) {
        ReturnCasePolicy.check(command);
        apply(new ReturnCaseOpened(command.returnCaseId(), command.returnee(), OpenedBy.SELF_REGISTERED,
                command.originCountry(), command.destinationCountry(), command.schemeId(), null, null, null,
                command.returnedOn(), command.gender()));
    }

    @CommandHandler
    void handle(AssessNeeds command) {
        requireOpenCaseOf(command.counsellorCountry());
        ReturnCasePolicy.check(command);
        apply(new NeedsAssessed(returnCaseId, returnee, List.copyOf(command.needs()), command.assessedOn()));
    }

    @CommandHandler
    void handle(PlanMeasure command) {
        requireOpenCaseOf(command.counsellorCountry());
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
    void handle(RecordMeasureOutcome command) {
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
                command.outcome(), command.note() == null ? null : command.note().strip(), command.recordedOn()));
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
    void handle(CloseReturnCase command) {
        requireOpenCaseOf(command.counsellorCountry());
        List<String> open = measures.keySet().stream().filter(id -> !outcomes.containsKey(id)).toList();
        if (!open.isEmpty()) {
            throw new RuleViolation("measures", "record the outcome of measure " + String.join(", ", open)
                    + " first, or cancel it");
        }
        apply(new ReturnCaseClosed(returnCaseId, returnee, command.outcome(),
                command.note() == null ? null : command.note().strip(), command.closedOn()));
    }

    @EventSourcingHandler
    void on(ReturnCaseOpened event) {
        returnCaseId = event.returnCaseId();
        returnee = event.returnee();
        originCountry = event.originCountry();
        schemeId = event.schemeId();
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
