package org.corridor.returns.grievance.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.kernel.types.Money;
import org.corridor.returns.counting.query.Tallies;
import org.corridor.returns.grievance.api.GrievanceClosed;
import org.corridor.returns.grievance.api.GrievanceDismissed;
import org.corridor.returns.grievance.api.GrievanceFiled;
import org.corridor.returns.grievance.api.GrievanceResolved;
import org.corridor.returns.grievance.api.GrievanceStatus;
import org.corridor.returns.grievance.api.GrievanceSubstantiated;
import org.corridor.returns.grievance.api.GrievanceTriaged;
import org.corridor.returns.grievance.api.InvestigationStarted;
import org.corridor.returns.grievance.api.RecoveryRecorded;
import org.corridor.returns.grievance.api.WorkerAgreedToBeNamed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code grievances} read model and the grievance counts, for all schemes, per scheme and per corridor.
 * An event is applied once: a view remembers the
 * sequence number of the last event applied to it, and the counts move only when the view did.
 */
@Component
@ProcessingGroup(GrievanceProjection.PROCESSING_GROUP)
class GrievanceProjection {

    static final String PROCESSING_GROUP = "grievance-projection";

    private final MongoTemplate mongo;
    private final Tallies tallies;

    GrievanceProjection(MongoTemplate mongo, Tallies tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
    }

    @EventHandler
    void on(GrievanceFiled event, @SequenceNumber long sequence) {
        if (mongo.findById(event.grievanceId(), GrievanceView.class) != null) {
            return;
        }
        Money claim = event.amountClaimed();
        mongo.insert(new GrievanceView(event.grievanceId(), event.worker().value(), event.homeCountry().value(),
                event.countryOfWork() == null ? null : event.countryOfWork().value(), event.respondent().kind().name(),
                event.respondent().respondentId(), event.schemeId(),
                event.placementId(), event.kind().name(), GrievanceStatus.FILED.name(), null, null,
                event.period().from(), event.period().to(), claim == null ? null : claim.amount().toPlainString(),
                null, claim == null ? null : claim.currency(), event.answerLanguage(),
                event.anonymousTowardsEmployer(), event.filedOn(), sequence));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("filed", 1L);
        counts.put("kind_" + event.kind().name(), 1L);
        if (claim != null) {
            counts.put("claimed_" + claim.currency(), claim.amount().unscaledValue().longValueExact());
            counts.put("claims_" + claim.currency(), 1L);
        }
        count(event.schemeId(), event.homeCountry().value(),
                event.countryOfWork() == null ? null : event.countryOfWork().value(), counts);
    }

    @EventHandler
    void on(GrievanceTriaged event, @SequenceNumber long sequence) {
        apply(event.grievanceId(), sequence, view -> new GrievanceView(view.grievanceId(), view.workerId(),
                view.homeCountry(), view.countryOfWork(), view.respondentKind(), view.respondentId(), view.schemeId(),
                view.placementId(),
                view.kind(), GrievanceStatus.TRIAGED.name(), event.priority().name(), event.counsellorId(),
                view.periodFrom(), view.periodTo(), view.amountClaimed(), view.amountRecovered(), view.currency(),
                view.answerLanguage(), view.anonymousTowardsEmployer(), view.filedOn(), sequence));
    }

    @EventHandler
    void on(InvestigationStarted event, @SequenceNumber long sequence) {
        status(event.grievanceId(), sequence, GrievanceStatus.UNDER_INVESTIGATION, null);
    }

    @EventHandler
    void on(GrievanceSubstantiated event, @SequenceNumber long sequence) {
        status(event.grievanceId(), sequence, GrievanceStatus.SUBSTANTIATED, "substantiated");
    }

    @EventHandler
    void on(GrievanceDismissed event, @SequenceNumber long sequence) {
        status(event.grievanceId(), sequence, GrievanceStatus.DISMISSED, "dismissed");
    }

    @EventHandler
    void on(GrievanceResolved event, @SequenceNumber long sequence) {
        status(event.grievanceId(), sequence, GrievanceStatus.RESOLVED, "resolved");
    }

    @EventHandler
    void on(GrievanceClosed event, @SequenceNumber long sequence) {
        status(event.grievanceId(), sequence, GrievanceStatus.CLOSED, "closed");
    }

    @EventHandler
    void on(RecoveryRecorded event, @SequenceNumber long sequence) {
        GrievanceView before = mongo.findById(event.grievanceId(), GrievanceView.class);
        if (apply(event.grievanceId(), sequence, view -> new GrievanceView(view.grievanceId(), view.workerId(),
                view.homeCountry(), view.countryOfWork(), view.respondentKind(), view.respondentId(), view.schemeId(),
                view.placementId(),
                view.kind(), view.status(), view.priority(), view.counsellorId(), view.periodFrom(), view.periodTo(),
                view.amountClaimed(), event.totalRecovered().amount().toPlainString(),
                event.totalRecovered().currency(), view.answerLanguage(), view.anonymousTowardsEmployer(),
                view.filedOn(), sequence))) {
            String currency = event.amount().currency();
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("recovered_" + currency, event.amount().amount().unscaledValue().longValueExact());
            if (before.amountRecovered() == null) {
                counts.put("recoveries_" + currency, 1L);
            }
            count(before, counts);
        }
    }

    @EventHandler
    void on(WorkerAgreedToBeNamed event, @SequenceNumber long sequence) {
        apply(event.grievanceId(), sequence, view -> new GrievanceView(view.grievanceId(), view.workerId(),
                view.homeCountry(), view.countryOfWork(), view.respondentKind(), view.respondentId(), view.schemeId(),
                view.placementId(),
                view.kind(), view.status(), view.priority(), view.counsellorId(), view.periodFrom(), view.periodTo(),
                view.amountClaimed(), view.amountRecovered(), view.currency(), view.answerLanguage(), false,
                view.filedOn(), sequence));
    }

    /** The person's key is gone: their grievances stay, counted, without their person id. */
    @EventHandler
    void on(PersonalDataErased event) {
        mongo.updateMulti(Query.query(Criteria.where("workerId").is(event.subjectId())),
                new Update().set("workerId", null), GrievanceView.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(GrievanceView.COLLECTION);
    }

    private void status(String grievanceId, long sequence, GrievanceStatus status, String counter) {
        GrievanceView view = mongo.findById(grievanceId, GrievanceView.class);
        if (apply(grievanceId, sequence, v -> v.with(status.name(), sequence)) && counter != null) {
            count(view, Map.of(counter, 1L));
        }
    }

    /** Applies the change unless the view already holds this event; says whether it did. */
    private boolean apply(String grievanceId, long sequence, UnaryOperator<GrievanceView> change) {
        GrievanceView view = mongo.findById(grievanceId, GrievanceView.class);
        if (view == null || view.version() >= sequence) {
            return false;
        }
        mongo.save(change.apply(view));
        return true;
    }

    private void count(GrievanceView view, Map<String, Long> counts) {
        count(view.schemeId(), view.homeCountry(), view.countryOfWork(), counts);
    }

    private void count(String schemeId, String homeCountry, String countryOfWork, Map<String, Long> counts) {
        GrievanceStatistics.SUBJECTS.of(schemeId, homeCountry, countryOfWork)
                .forEach(subject -> tallies.add(subject, counts));
    }
}
