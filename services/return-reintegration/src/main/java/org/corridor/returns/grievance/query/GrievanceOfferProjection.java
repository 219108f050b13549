package org.corridor.returns.grievance.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.returns.grievance.api.OfferTakenUp;
import org.corridor.returns.grievance.api.PrefilledGrievanceOffered;
import org.corridor.returns.grievance.api.WorseTerm;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the {@code grievance-offers} read model; upserts keyed by offer id, so replays and resends are harmless. */
@Component
@ProcessingGroup(GrievanceProjection.PROCESSING_GROUP)
class GrievanceOfferProjection {

    private final MongoTemplate mongo;

    GrievanceOfferProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PrefilledGrievanceOffered event) {
        List<String> terms = event.worseTerms() == null ? List.of()
                : event.worseTerms().stream().map(WorseTerm::term).toList();
        mongo.save(new GrievanceOfferView(event.offerId(), event.worker().value(), event.placementId(),
                event.employerId(), event.schemeId(), terms, event.detectedOn(), null));
    }

    @EventHandler
    void on(OfferTakenUp event) {
        GrievanceOfferView view = mongo.findById(event.offerId(), GrievanceOfferView.class);
        if (view != null) {
            mongo.save(new GrievanceOfferView(view.offerId(), view.workerId(), view.placementId(), view.employerId(),
                    view.schemeId(), view.worseTerms(), view.detectedOn(), event.grievanceId()));
        }
    }

    /** The person's key is gone: the offers made to them stay, without their person id. */
    @EventHandler
    void on(PersonalDataErased event) {
        mongo.updateMulti(Query.query(Criteria.where("workerId").is(event.subjectId())),
                new Update().set("workerId", null), GrievanceOfferView.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(GrievanceOfferView.COLLECTION);
    }
}
