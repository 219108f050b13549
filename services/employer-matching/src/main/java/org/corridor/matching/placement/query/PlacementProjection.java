package org.corridor.matching.placement.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.matching.placement.api.Events.ContractSubstitutionDetected;
import org.corridor.matching.placement.api.Events.EmployerChanged;
import org.corridor.matching.placement.api.Events.FeeReimbursed;
import org.corridor.matching.placement.api.Events.FeeReported;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.Events.OfferDeclined;
import org.corridor.matching.placement.api.Events.OfferMade;
import org.corridor.matching.placement.api.Events.OfferWithdrawn;
import org.corridor.matching.placement.api.WorseTerm;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Keeps the {@code placements} read model (offers, placements, owed fees) and the counts per scheme. */
@Component
@ProcessingGroup("placement-projection")
public class PlacementProjection {

    static final String COUNTS = "placement-counts";

    private final MongoTemplate mongo;

    PlacementProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OfferMade event, EventMessage<?> message) {
        mongo.save(new PlacementView(event.offerId(), event.jobOrderId(), event.employerId(), event.personId(),
                event.terms().schemeId(), "OFFERED", null, event.terms(), List.of(), List.of(), List.of(),
                message.getTimestamp()));
        count(event.terms().schemeId(), "offersMade");
    }

    @EventHandler
    void on(OfferAccepted event, EventMessage<?> message) {
        update(event.offerId(), message.getTimestamp(), v -> with(v, "ACCEPTED", v.employerId(), v.jobOrderId(),
                v.previousEmployers(), v.worseTerms(), v.fees(), v.terms()));
        count(event.terms().schemeId(), "placementsAgreed");
    }

    @EventHandler
    void on(OfferDeclined event, EventMessage<?> message) {
        update(event.offerId(), message.getTimestamp(), v -> with(v, "DECLINED", v.employerId(), v.jobOrderId(),
                v.previousEmployers(), v.worseTerms(), v.fees(), v.terms()));
    }

    @EventHandler
    void on(OfferWithdrawn event, EventMessage<?> message) {
        update(event.offerId(), message.getTimestamp(), v -> new PlacementView(v.offerId(), v.jobOrderId(),
                v.employerId(), v.personId(), v.schemeId(), "WITHDRAWN", event.reason(), v.terms(),
                v.previousEmployers(), v.worseTerms(), v.fees(), v.updatedAt()));
    }

    @EventHandler
    void on(EmployerChanged event, EventMessage<?> message) {
        update(event.placementId(), message.getTimestamp(), v -> {
            List<String> previous = new ArrayList<>(v.previousEmployers());
            previous.add(v.employerId());
            return with(v, v.status(), event.newEmployerId(), event.newJobOrderId(), previous, v.worseTerms(),
                    v.fees(), event.newTerms());
        });
    }

    @EventHandler
    void on(ContractSubstitutionDetected event, EventMessage<?> message) {
        // null once the worker is erased: the finding is still counted, its terms are gone with the worker's key
        List<WorseTerm> worse = event.worseTerms() == null ? List.of() : event.worseTerms();
        update(event.placementId(), message.getTimestamp(), v -> with(v, v.status(), v.employerId(), v.jobOrderId(),
                v.previousEmployers(), worse, v.fees(), v.terms()));
        count(event.schemeId(), "contractSubstitutions");
    }

    @EventHandler
    void on(FeeReported event, EventMessage<?> message) {
        update(event.placementId(), message.getTimestamp(), v -> {
            List<PlacementView.Fee> fees = new ArrayList<>(v.fees());
            fees.removeIf(f -> f.feeId().equals(event.feeId()));
            fees.add(new PlacementView.Fee(event.feeId(), event.item(), event.amount().amount().toPlainString(),
                    event.amount().currency(), event.paidOn().toString(), "OWED"));
            return with(v, v.status(), v.employerId(), v.jobOrderId(), v.previousEmployers(), v.worseTerms(), fees,
                    v.terms());
        });
    }

    @EventHandler
    void on(FeeReimbursed event, EventMessage<?> message) {
        update(event.placementId(), message.getTimestamp(), v -> {
            List<PlacementView.Fee> fees = v.fees().stream().map(f -> f.feeId().equals(event.feeId())
                    ? new PlacementView.Fee(f.feeId(), f.item(), f.amount(), f.currency(), f.paidOn(), "REIMBURSED")
                    : f).toList();
            return with(v, v.status(), v.employerId(), v.jobOrderId(), v.previousEmployers(), v.worseTerms(), fees,
                    v.terms());
        });
    }

    /**
     * The worker was erased: what it wrote (fee descriptions, what it reported of its signed contract) is cleared
     * from its offers and placements. The documents stay, with amounts, statuses and terms the employer set, so the
     * counts and the fees owed still add up.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        mongo.find(Query.query(Criteria.where("personId").is(event.subjectId())), PlacementView.class)
                .forEach(v -> mongo.save(new PlacementView(v.offerId(), v.jobOrderId(), v.employerId(), v.personId(),
                        v.schemeId(), v.status(), v.withdrawalReason(), v.terms(), v.previousEmployers(),
                        v.worseTerms().stream().map(w -> new WorseTerm(w.term(), w.offered(), null)).toList(),
                        v.fees().stream().map(f -> new PlacementView.Fee(f.feeId(), null, f.amount(), f.currency(),
                                f.paidOn(), f.status())).toList(), v.updatedAt())));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PlacementView.COLLECTION);
        mongo.dropCollection(COUNTS);
    }

    private void update(String offerId, Instant at, UnaryOperator<PlacementView> change) {
        PlacementView held = mongo.findById(offerId, PlacementView.class);
        if (held != null) {
            PlacementView changed = change.apply(held);
            mongo.save(new PlacementView(changed.offerId(), changed.jobOrderId(), changed.employerId(),
                    changed.personId(), changed.schemeId(), changed.status(), changed.withdrawalReason(), changed.terms(),
                    changed.previousEmployers(), changed.worseTerms(), changed.fees(), at));
        }
    }

    private static PlacementView with(PlacementView v, String status, String employerId, String jobOrderId,
                                      List<String> previous, List<org.corridor.matching.placement.api.WorseTerm> worse,
                                      List<PlacementView.Fee> fees, org.corridor.matching.placement.api.OfferTerms terms) {
        return new PlacementView(v.offerId(), jobOrderId, employerId, v.personId(), v.schemeId(), status, v.withdrawalReason(), terms,
                List.copyOf(previous), List.copyOf(worse), List.copyOf(fees), v.updatedAt());
    }

    private void count(String schemeId, String field) {
        mongo.upsert(Query.query(Criteria.where("_id").is(schemeId)), new Update().inc(field, 1), COUNTS);
    }

    public Optional<PlacementView> find(String offerId) {
        return Optional.ofNullable(mongo.findById(offerId, PlacementView.class));
    }

    /** One party's offers and placements: an employer's ({@code employerId}) or a worker's ({@code personId}). */
    public List<PlacementView> list(String employerId, String personId, String status, int page, int size) {
        return mongo.find(filter(employerId, personId, status).with(PageRequest.of(page, size, Sort.by("_id"))),
                PlacementView.class);
    }

    public long count(String employerId, String personId, String status) {
        return mongo.count(filter(employerId, personId, status), PlacementView.class);
    }

    /** Placements with a fee still owed to the worker: one employer's, or one scheme's (either may be null). */
    public List<PlacementView> owingFees(String employerId, String schemeId, int page, int size) {
        return mongo.find(owing(employerId, schemeId).with(PageRequest.of(page, size, Sort.by("_id"))),
                PlacementView.class);
    }

    public long countOwingFees(String employerId, String schemeId) {
        return mongo.count(owing(employerId, schemeId), PlacementView.class);
    }

    /** The scheme's counters: offers made, placements agreed, contract substitutions detected. */
    public org.bson.Document counts(String schemeId) {
        org.bson.Document counts = mongo.findById(schemeId, org.bson.Document.class, COUNTS);
        return counts == null ? new org.bson.Document() : counts;
    }

    private static Query owing(String employerId, String schemeId) {
        Criteria criteria = Criteria.where("fees.status").is("OWED");
        if (employerId != null) {
            criteria = criteria.and("employerId").is(employerId);
        }
        if (schemeId != null) {
            criteria = criteria.and("schemeId").is(schemeId);
        }
        return Query.query(criteria);
    }

    private static Query filter(String employerId, String personId, String status) {
        Criteria criteria = new Criteria();
        if (employerId != null) {
            criteria = criteria.and("employerId").is(employerId);
        }
        if (personId != null) {
            criteria = criteria.and("personId").is(personId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Query.query(criteria);
    }
}
