package org.corridor.returns.benefit.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.benefit.api.ClaimStatusCheckScheduled;
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

/**
 * Benefit claims as returnees and their counsellors follow them: a returnee's list from the {@code benefit-claims}
 * read model (whole documents keyed by claim id, without personal values, so replays are harmless), one claim
 * folded from the event store with the amount granted or the reasons of a refusal opened with the returnee's key.
 */
@Component
@ProcessingGroup("benefit-claim-projection")
public class BenefitClaims {

    private final MongoTemplate mongo;
    private final EventStore events;
    private final CryptoShredder shredder;

    BenefitClaims(MongoTemplate mongo, EventStore events, CryptoShredder shredder) {
        this.mongo = mongo;
        this.events = events;
        this.shredder = shredder;
    }

    @EventHandler
    void on(BenefitClaimFiled event) {
        keep(event.claimId());
    }

    @EventHandler
    void on(ClaimReceivedByDestination event) {
        keep(event.claimId());
    }

    @EventHandler
    void on(ClaimRefusedByDestination event) {
        keep(event.claimId());
    }

    @EventHandler
    void on(ClaimStatusCheckScheduled event) {
        keep(event.claimId());
    }

    @EventHandler
    void on(ClaimStatusChangedAtDestination event) {
        keep(event.claimId());
    }

    /** The person's key is gone: their claims stay listed, without their person id. */
    @EventHandler
    void on(PersonalDataErased event) {
        mongo.updateMulti(Query.query(Criteria.where("returneeId").is(event.subjectId())),
                new Update().set("returneeId", null), BenefitClaimView.class);
    }

    private void keep(String claimId) {
        find(claimId).map(BenefitClaimView::withoutPersonalValues)
                .map(view -> shredder.isErased(view.returneeId()) ? view.withoutReturnee() : view)
                .ifPresent(mongo::save);
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

    /** Claims of returnees to {@code country}, as its counsellors follow them; {@code status} null for all. */
    public List<BenefitClaimView> ofCountry(String country, String status, int page, int size) {
        return mongo.find(Query.query(ofCountry(country, status)).with(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("_id")))), BenefitClaimView.class);
    }

    public long countOfCountry(String country, String status) {
        return mongo.count(Query.query(ofCountry(country, status)), BenefitClaimView.class);
    }

    private static Criteria ofCountry(String country, String status) {
        Criteria criteria = Criteria.where("originCountry").is(country);
        return status == null ? criteria : criteria.and("status").is(status);
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
        ClaimStatus status = ClaimStatus.AWAITING_SUBMISSION;
        ClaimReceivedByDestination received = null;
        String refusal = null;
        ClaimStatusChangedAtDestination change = null;
        Instant nextCheck = null;
        for (Object event : stream) {
            if (event instanceof ClaimReceivedByDestination e) {
                status = ClaimStatus.RECEIVED_BY_DESTINATION;
                received = e;
            } else if (event instanceof ClaimRefusedByDestination e) {
                status = ClaimStatus.REFUSED_BY_DESTINATION;
                refusal = e.reason();
            } else if (event instanceof ClaimStatusCheckScheduled e) {
                nextCheck = e.dueAt();
            } else if (event instanceof ClaimStatusChangedAtDestination e) {
                status = ClaimStatus.of(e.status());
                change = e;
                nextCheck = e.status().isFinal() ? null : nextCheck;
            }
        }
        return Optional.of(new BenefitClaimView(filed.claimId(), filed.returnee().value(),
                filed.originCountry().value(), filed.destinationCountry().value(), filed.kind().name(),
                filed.insuredFrom(), filed.insuredUntil(), filed.returnCaseId(), filed.filedOn(), status.name(),
                received == null ? null : received.destinationReference(),
                received == null ? null : received.destinationStatus(),
                received == null ? null : received.receivedAt(), refusal,
                change == null ? null : change.checkedAt(), change == null ? null : change.decidedOn(),
                change == null ? null : change.grantedAmount(),
                change == null || change.reasons() == null || change.reasons().isEmpty() ? null : change.reasons(),
                nextCheck));
    }
}
