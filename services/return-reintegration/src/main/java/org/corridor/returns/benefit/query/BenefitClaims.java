package org.corridor.returns.benefit.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benefit claims as returnees follow them: a returnee's list from the {@code benefit-claims} read model (writes
 * are whole documents keyed by claim id, so replays are harmless), one claim folded from the event store.
 */
@Component
@ProcessingGroup("benefit-claim-projection")
public class BenefitClaims {

    private final MongoTemplate mongo;
    private final EventStore events;

    BenefitClaims(MongoTemplate mongo, EventStore events) {
        this.mongo = mongo;
        this.events = events;
    }

    @EventHandler
    void on(BenefitClaimFiled event) {
        find(event.claimId()).ifPresent(mongo::save);
    }

    @EventHandler
    void on(ClaimReceivedByDestination event) {
        find(event.claimId()).ifPresent(mongo::save);
    }

    @EventHandler
    void on(ClaimRefusedByDestination event) {
        find(event.claimId()).ifPresent(mongo::save);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BenefitClaimView.COLLECTION);
    }

    public List<BenefitClaimView> ofReturnee(String returneeId, int page, int size) {
        return mongo.find(Query.query(Criteria.where("returneeId").is(returneeId))
                .with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("_id")))),
                BenefitClaimView.class);
    }

    public long countOfReturnee(String returneeId) {
        return mongo.count(Query.query(Criteria.where("returneeId").is(returneeId)), BenefitClaimView.class);
    }

    /** The claim as recorded now, from its events. */
    public Optional<BenefitClaimView> find(String claimId) {
        List<Object> stream = new ArrayList<>();
        events.readEvents(claimId).forEachRemaining(m -> stream.add(((DomainEventMessage<?>) m).getPayload()));
        return fold(stream);
    }

    private static Optional<BenefitClaimView> fold(List<Object> stream) {
        if (stream.isEmpty() || !(stream.get(0) instanceof BenefitClaimFiled filed)) {
            return Optional.empty();
        }
        BenefitClaimView view = new BenefitClaimView(filed.claimId(), filed.returnee().value(),
                filed.originCountry().value(), filed.destinationCountry().value(), filed.kind().name(),
                filed.insuredFrom(), filed.insuredUntil(), filed.returnCaseId(), filed.filedOn(),
                ClaimStatus.AWAITING_SUBMISSION.name(), null, null, null, null);
        for (Object event : stream) {
            if (event instanceof ClaimReceivedByDestination e) {
                view = new BenefitClaimView(view.claimId(), view.returneeId(), view.originCountry(),
                        view.destinationCountry(), view.kind(), view.insuredFrom(), view.insuredUntil(),
                        view.returnCaseId(), view.filedOn(), ClaimStatus.RECEIVED_BY_DESTINATION.name(),
                        e.destinationReference(), e.destinationStatus(), e.receivedAt(), null);
            } else if (event instanceof ClaimRefusedByDestination e) {
                view = new BenefitClaimView(view.claimId(), view.returneeId(), view.originCountry(),
                        view.destinationCountry(), view.kind(), view.insuredFrom(), view.insuredUntil(),
                        view.returnCaseId(), view.filedOn(), ClaimStatus.REFUSED_BY_DESTINATION.name(), null, null,
                        null, e.reason());
            }
        }
        return Optional.of(view);
    }
}
