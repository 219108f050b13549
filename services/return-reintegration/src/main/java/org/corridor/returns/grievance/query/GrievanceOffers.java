package org.corridor.returns.grievance.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.returns.grievance.api.OfferTakenUp;
import org.corridor.returns.grievance.api.PrefilledGrievanceOffered;
import org.corridor.returns.grievance.api.WorseTerm;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The prefilled grievances offered to a worker: the list from the read model, one offer from the event store. */
@Component
public class GrievanceOffers {

    private final MongoTemplate mongo;
    private final EventStore events;

    GrievanceOffers(MongoTemplate mongo, EventStore events) {
        this.mongo = mongo;
        this.events = events;
    }

    public List<GrievanceOfferView> ofWorker(String workerId, int page, int size) {
        return mongo.find(Query.query(Criteria.where("workerId").is(workerId))
                .with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("detectedOn"), Sort.Order.asc("_id")))),
                GrievanceOfferView.class);
    }

    public long countOfWorker(String workerId) {
        return mongo.count(Query.query(Criteria.where("workerId").is(workerId)), GrievanceOfferView.class);
    }

    public Optional<Offer> find(String offerId) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        events.readEvents(offerId).forEachRemaining(stream::add);
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof PrefilledGrievanceOffered offered)) {
            return Optional.empty();
        }
        String grievanceId = stream.stream().map(DomainEventMessage::getPayload)
                .filter(OfferTakenUp.class::isInstance).map(e -> ((OfferTakenUp) e).grievanceId())
                .findFirst().orElse(null);
        return Optional.of(new Offer(offered.offerId(), offered.worker().value(), offered.placementId(),
                offered.employerId(), offered.schemeId(), offered.worseTerms(), offered.detectedOn(), grievanceId));
    }

    /** One offer with the worse terms opened; {@code worseTerms} is null after the worker's erasure. */
    public record Offer(String offerId, String workerId, String placementId, String employerId, String schemeId,
                        List<WorseTerm> worseTerms, LocalDate detectedOn, String grievanceId) {
    }
}
