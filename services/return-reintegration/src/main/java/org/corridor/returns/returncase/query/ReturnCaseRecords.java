package org.corridor.returns.returncase.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.kernel.types.Money;
import org.corridor.returns.returncase.api.Certification;
import org.corridor.returns.returncase.api.CertificationOutcomeRecorded;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.FollowUpRaised;
import org.corridor.returns.returncase.api.FollowUpRecorded;
import org.corridor.returns.returncase.api.FollowUpScheduled;
import org.corridor.returns.returncase.api.MeasureOutcomeRecorded;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.Need;
import org.corridor.returns.returncase.api.NeedsAssessed;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.corridor.returns.returncase.api.ReturneeRegistered;
import org.corridor.returns.returncase.api.Skill;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One return case with its needs, plan and history, read from the event store by its id, so a change shows at
 * once. Personal values are opened with the returnee's key and read as {@code null} after an erasure.
 */
@Component
public class ReturnCaseRecords {

    private final EventStore events;

    ReturnCaseRecords(EventStore events) {
        this.events = events;
    }

    public Optional<ReturnCaseRecord> find(String returnCaseId) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        events.readEvents(returnCaseId).forEachRemaining(stream::add);
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof ReturnCaseOpened opened)) {
            return Optional.empty();
        }
        Builder record = new Builder(opened);
        for (DomainEventMessage<?> message : stream) {
            record.apply(message.getPayload(), message.getTimestamp(),
                    (String) message.getMetaData().get(AuditMetadata.USER_ID));
        }
        return Optional.of(record.build());
    }

    /** A return case as the returnee and the counsellors of the country returned to see it. */
    public record ReturnCaseRecord(String returnCaseId, String returneeId, String openedBy, String originCountry,
                                   String destinationCountry, String schemeId, String applicationId,
                                   String endReason, LocalDate returnedOn, String gender, String status,
                                   List<Need> needs, LocalDate needsAssessedOn, List<MeasureRecord> measures,
                                   List<FollowUpRecord> followUps, String outcome, String closingNote,
                                   LocalDate closedOn, List<Step> history) {
    }

    /** A follow-up: when it is due, whether it has fallen due, what it found. */
    public record FollowUpRecord(String followUp, Instant dueAt, boolean due, Boolean reached, String findings,
                                 LocalDate recordedOn) {
    }

    /** A measure of the plan with its outcome; for a skills certification, skills-recognition's answer too. */
    public record MeasureRecord(String measureId, String type, String description, String owner, LocalDate dueOn,
                                Money grant, Certification certification, String outcome, String outcomeNote,
                                LocalDate outcomeOn, CertificationAnswer certificationAnswer) {
    }

    public record CertificationAnswer(String outcome, List<Skill> certifiedSkills, List<String> reasons,
                                      LocalDate decidedOn) {
    }

    public record Step(String step, Instant recordedAt, String recordedBy) {
    }

    private static final class Builder {
        private final ReturnCaseOpened opened;
        private final Map<String, MeasureRecord> measures = new LinkedHashMap<>();
        private final List<Step> history = new ArrayList<>();
        private final Map<FollowUp, FollowUpRecord> followUps = new java.util.EnumMap<>(FollowUp.class);
        private List<Need> needs = List.of();
        private LocalDate assessedOn;
        private ReturnCaseClosed closed;
        private String destinationCountry;
        private String schemeId;
        private String applicationId;
        private String endReason;
        private String gender;

        Builder(ReturnCaseOpened opened) {
            this.opened = opened;
            destinationCountry = opened.destinationCountry() == null ? null : opened.destinationCountry().value();
            schemeId = opened.schemeId();
            applicationId = opened.applicationId();
            endReason = opened.endReason();
            gender = opened.gender() == null ? null : opened.gender().name();
        }

        void apply(Object event, Instant at, String by) {
            if (event instanceof ReturnCaseOpened e) {
                history.add(new Step("OPENED_" + e.openedBy().name(), at, by));
            } else if (event instanceof PermitEndRecorded e) {
                // The permit's end joined the case the returnee registered: it tells what they had not said.
                applicationId = e.applicationId();
                endReason = e.endReason();
                destinationCountry = destinationCountry != null || e.destinationCountry() == null
                        ? destinationCountry : e.destinationCountry().value();
                schemeId = schemeId != null ? schemeId : e.schemeId();
                history.add(new Step("PERMIT_END_RECORDED", at, by));
            } else if (event instanceof ReturneeRegistered e) {
                gender = e.gender() == null ? null : e.gender().name();
                destinationCountry = destinationCountry != null || e.destinationCountry() == null
                        ? destinationCountry : e.destinationCountry().value();
                schemeId = schemeId != null ? schemeId : e.schemeId();
                history.add(new Step("REGISTERED_BY_RETURNEE", at, by));
            } else if (event instanceof NeedsAssessed e) {
                needs = e.needs() == null ? null : List.copyOf(e.needs());
                assessedOn = e.assessedOn();
                history.add(new Step("NEEDS_ASSESSED", at, by));
            } else if (event instanceof MeasurePlanned e) {
                measures.put(e.measureId(), new MeasureRecord(e.measureId(), e.type().name(), e.description(),
                        e.owner(), e.dueOn(), e.grant(), e.certification(), null, null, null, null));
                history.add(new Step("MEASURE_PLANNED " + e.measureId(), at, by));
            } else if (event instanceof MeasureOutcomeRecorded e) {
                MeasureRecord m = measures.get(e.measureId());
                measures.put(e.measureId(), new MeasureRecord(m.measureId(), m.type(), m.description(), m.owner(),
                        m.dueOn(), m.grant(), m.certification(), e.outcome().name(), e.note(), e.recordedOn(), null));
                history.add(new Step("MEASURE_OUTCOME " + e.measureId(), at, by));
            } else if (event instanceof CertificationOutcomeRecorded e) {
                MeasureRecord m = measures.get(e.measureId());
                measures.put(e.measureId(), new MeasureRecord(m.measureId(), m.type(), m.description(), m.owner(),
                        m.dueOn(), m.grant(), m.certification(), e.measureOutcome().name(), null, e.decidedOn(),
                        new CertificationAnswer(e.outcome(), e.certifiedSkills(), e.reasons(), e.decidedOn())));
                history.add(new Step("SKILLS_CERTIFICATION_ANSWERED " + e.measureId(), at, by));
            } else if (event instanceof FollowUpScheduled e) {
                followUps.put(e.followUp(), new FollowUpRecord(e.followUp().name(), e.dueAt(), false, null, null,
                        null));
            } else if (event instanceof FollowUpRaised e) {
                FollowUpRecord f = followUps.get(e.followUp());
                followUps.put(e.followUp(), new FollowUpRecord(f.followUp(), f.dueAt(), true, null, null, null));
                history.add(new Step("FOLLOW_UP_DUE " + e.followUp(), at, by));
            } else if (event instanceof FollowUpRecorded e) {
                FollowUpRecord f = followUps.get(e.followUp());
                followUps.put(e.followUp(), new FollowUpRecord(f.followUp(), f.dueAt(), true, e.reached(),
                        e.findings(), e.recordedOn()));
                history.add(new Step("FOLLOW_UP_RECORDED " + e.followUp(), at, by));
            } else if (event instanceof ReturnCaseClosed e) {
                closed = e;
                history.add(new Step("CLOSED", at, by));
            }
        }

        ReturnCaseRecord build() {
            return new ReturnCaseRecord(opened.returnCaseId(), opened.returnee().value(), opened.openedBy().name(),
                    opened.originCountry().value(), destinationCountry, schemeId, applicationId, endReason,
                    opened.returnedOn(), gender, closed == null ? "OPEN" : "CLOSED",
                    needs, assessedOn, List.copyOf(measures.values()), List.copyOf(followUps.values()),
                    closed == null ? null : closed.outcome().name(), closed == null ? null : closed.note(),
                    closed == null ? null : closed.closedOn(), List.copyOf(history));
        }
    }
}
