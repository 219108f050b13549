package org.corridor.matching.placement.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.placement.api.Commands.WithdrawOfferOfUnavailableCandidate;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.Events.OfferDeclined;
import org.corridor.matching.placement.api.Events.OfferMade;
import org.corridor.matching.placement.api.Events.OfferWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A candidate who leaves the pool (consent withdrawn, erased, placed elsewhere...) has every unanswered offer
 * withdrawn by the platform, with a reason the employer sees that says nothing about the person.
 *
 * <p>It keeps the unanswered offers in its own small collection, {@code unanswered-offers}, by offer id with the
 * person's id. Either order of events is covered: a departure withdraws the offers recorded so far; an offer recorded
 * after the departure finds its candidate gone and is withdrawn at once. Each records first and looks second (the pool
 * writes its tombstone before it tells this policy), so no interleaving misses an offer. Withdrawing twice changes
 * nothing: the offer is no longer unanswered the second time.
 */
@Component
@ProcessingGroup("offers-of-unavailable-candidates")
@DisallowReplay
class OffersOfUnavailableCandidates {

    private static final Logger log = LoggerFactory.getLogger(OffersOfUnavailableCandidates.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final CandidatePool pool;

    OffersOfUnavailableCandidates(MongoTemplate mongo, CommandGateway commands, CandidatePool pool) {
        this.mongo = mongo;
        this.commands = commands;
        this.pool = pool;
        pool.onDeparture(this::departed);
    }

    @Document(UnansweredOffer.COLLECTION)
    record UnansweredOffer(@Id String offerId, String personId) {
        static final String COLLECTION = "unanswered-offers";
    }

    @EventHandler
    void on(OfferMade event) {
        mongo.save(new UnansweredOffer(event.offerId(), event.personId()));
        if (pool.find(event.personId()).isEmpty()) {
            withdraw(event.offerId());
        }
    }

    @EventHandler
    void on(OfferAccepted event) {
        answered(event.offerId());
    }

    @EventHandler
    void on(OfferDeclined event) {
        answered(event.offerId());
    }

    @EventHandler
    void on(OfferWithdrawn event) {
        answered(event.offerId());
    }

    /** Withdraws every unanswered offer to the person; a failure fails the delivery, which is then retried. */
    void departed(String personId) {
        mongo.find(Query.query(Criteria.where("personId").is(personId)), UnansweredOffer.class)
                .forEach(offer -> withdraw(offer.offerId()));
    }

    private void withdraw(String offerId) {
        commands.sendAndWait(new WithdrawOfferOfUnavailableCandidate(offerId));
        log.info("offer {} withdrawn: its candidate left the pool", offerId);
    }

    private void answered(String offerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(offerId)), UnansweredOffer.class);
    }
}
