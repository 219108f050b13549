package org.corridor.returns.returncase.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.returns.counting.query.Tallies;
import org.corridor.returns.returncase.api.CertificationOutcomeRecorded;
import org.corridor.returns.returncase.api.FollowUpRaised;
import org.corridor.returns.returncase.api.FollowUpRecorded;
import org.corridor.returns.returncase.api.FollowUpScheduled;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureOutcomeRecorded;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.NeedsAssessed;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.corridor.returns.returncase.api.ReturneeRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code return-cases} read model and the return counts per scheme and corridor. An event is applied
 * once: the view remembers the last sequence number applied, and the counts move only when the view did.
 */
@Component
@ProcessingGroup(ReturnCaseProjection.PROCESSING_GROUP)
class ReturnCaseProjection {

    static final String PROCESSING_GROUP = "return-case-projection";

    private final MongoTemplate mongo;
    private final Tallies tallies;

    ReturnCaseProjection(MongoTemplate mongo, Tallies tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
    }

    @EventHandler
    void on(ReturnCaseOpened event, @SequenceNumber long sequence) {
        if (mongo.findById(event.returnCaseId(), ReturnCaseView.class) != null) {
            return;
        }
        String destination = event.destinationCountry() == null ? null : event.destinationCountry().value();
        mongo.insert(new ReturnCaseView(event.returnCaseId(), event.returnee().value(), event.originCountry().value(),
                destination, event.schemeId(), event.openedBy().name(), "OPEN", event.returnedOn(), false, 0, 0,
                null, 0, sequence));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("opened", 1L);
        counts.put("openedBy_" + event.openedBy().name(), 1L);
        // Gender is known only when the returnee declared it; an erased key reads as not recorded.
        counts.put("gender_" + (event.gender() == null ? "NOT_RECORDED" : event.gender().name()), 1L);
        ReturnStatistics.SUBJECTS.of(event.schemeId(), event.originCountry().value(), destination)
                .forEach(subject -> tallies.add(subject, counts));
    }

    /** The case stays counted where it opened; the permit's end joining it adds no return. */
    @EventHandler
    void on(PermitEndRecorded event, @SequenceNumber long sequence) {
        apply(event.returnCaseId(), sequence, v -> copy(v, v.status(), v.needsAssessed(), v.measures(),
                v.measuresWithOutcome(), v.outcome(), sequence));
    }

    /** A gender the returnee declares on a case a permit's end opened moves it out of NOT_RECORDED. */
    @EventHandler
    void on(ReturneeRegistered event, @SequenceNumber long sequence) {
        ReturnCaseView view = apply(event.returnCaseId(), sequence, v -> copy(v, v.status(), v.needsAssessed(),
                v.measures(), v.measuresWithOutcome(), v.outcome(), sequence));
        if (event.gender() != null) {
            count(view, Map.of("gender_NOT_RECORDED", -1L, "gender_" + event.gender().name(), 1L));
        }
    }

    @EventHandler
    void on(NeedsAssessed event, @SequenceNumber long sequence) {
        apply(event.returnCaseId(), sequence, v -> copy(v, v.status(), true, v.measures(), v.measuresWithOutcome(),
                v.outcome(), sequence));
    }

    @EventHandler
    void on(MeasurePlanned event, @SequenceNumber long sequence) {
        ReturnCaseView view = apply(event.returnCaseId(), sequence, v -> copy(v, v.status(), v.needsAssessed(),
                v.measures() + 1, v.measuresWithOutcome(), v.outcome(), sequence));
        count(view, Map.of("planned_" + event.type().name(), 1L));
    }

    @EventHandler
    void on(MeasureOutcomeRecorded event, @SequenceNumber long sequence) {
        outcome(event.returnCaseId(), sequence, event.type(), event.outcome());
    }

    @EventHandler
    void on(CertificationOutcomeRecorded event, @SequenceNumber long sequence) {
        outcome(event.returnCaseId(), sequence, MeasureType.SKILLS_CERTIFICATION, event.measureOutcome());
    }

    @EventHandler
    void on(ReturnCaseClosed event, @SequenceNumber long sequence) {
        ReturnCaseView view = apply(event.returnCaseId(), sequence, v -> copy(v, "CLOSED", v.needsAssessed(),
                v.measures(), v.measuresWithOutcome(), event.outcome().name(), sequence));
        count(view, Map.of("closed", 1L, "outcome_" + event.outcome().name(), 1L));
    }

    @EventHandler
    void on(FollowUpRaised event, @SequenceNumber long sequence) {
        ReturnCaseView view = apply(event.returnCaseId(), sequence, v -> withFollowUpsDue(v, v.followUpsDue() + 1,
                sequence));
        count(view, Map.of("followUpsRaised_" + event.followUp().name(), 1L));
    }

    @EventHandler
    void on(FollowUpRecorded event, @SequenceNumber long sequence) {
        ReturnCaseView view = apply(event.returnCaseId(), sequence, v -> withFollowUpsDue(v,
                Math.max(0, v.followUpsDue() - 1), sequence));
        count(view, Map.of((event.reached() ? "followUpsReached_" : "followUpsNotReached_")
                + event.followUp().name(), 1L));
    }

    @EventHandler
    void on(FollowUpScheduled event, @SequenceNumber long sequence) {
        apply(event.returnCaseId(), sequence, v -> withFollowUpsDue(v, v.followUpsDue(), sequence));
    }

    /** The person's key is gone: their cases stay, counted, without their person id. */
    @EventHandler
    void on(PersonalDataErased event) {
        mongo.updateMulti(Query.query(Criteria.where("returneeId").is(event.subjectId())),
                new Update().set("returneeId", null), ReturnCaseView.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReturnCaseView.COLLECTION);
    }

    private void outcome(String returnCaseId, long sequence, MeasureType type, MeasureOutcome outcome) {
        ReturnCaseView view = apply(returnCaseId, sequence, v -> copy(v, v.status(), v.needsAssessed(), v.measures(),
                v.measuresWithOutcome() + 1, v.outcome(), sequence));
        count(view, Map.of(outcome.name().toLowerCase() + "_" + type.name(), 1L));
    }

    private void count(ReturnCaseView view, Map<String, Long> counts) {
        if (view != null) {
            ReturnStatistics.SUBJECTS.of(view.schemeId(), view.originCountry(), view.destinationCountry())
                    .forEach(subject -> tallies.add(subject, counts));
        }
    }

    /** Applies the change unless the view already holds this event; the changed view, or null when it did not. */
    private ReturnCaseView apply(String returnCaseId, long sequence, UnaryOperator<ReturnCaseView> change) {
        ReturnCaseView view = mongo.findById(returnCaseId, ReturnCaseView.class);
        if (view == null || view.version() >= sequence) {
            return null;
        }
        ReturnCaseView changed = change.apply(view);
        mongo.save(changed);
        return changed;
    }

    private static ReturnCaseView copy(ReturnCaseView v, String status, boolean assessed, int measures,
                                       int withOutcome, String outcome, long version) {
        return new ReturnCaseView(v.returnCaseId(), v.returneeId(), v.originCountry(), v.destinationCountry(),
                v.schemeId(), v.openedBy(), status, v.returnedOn(), assessed, measures, withOutcome, outcome,
                v.followUpsDue(), version);
    }

    private static ReturnCaseView withFollowUpsDue(ReturnCaseView v, int due, long version) {
        return new ReturnCaseView(v.returnCaseId(), v.returneeId(), v.originCountry(), v.destinationCountry(),
                v.schemeId(), v.openedBy(), v.status(), v.returnedOn(), v.needsAssessed(), v.measures(),
                v.measuresWithOutcome(), v.outcome(), due, version);
    }
}
