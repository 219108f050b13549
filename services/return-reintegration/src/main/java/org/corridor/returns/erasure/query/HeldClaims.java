package org.corridor.returns.erasure.query;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.corridor.kernel.access.AccessLog;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.erasure.api.ErasureHoldReleased;
import org.corridor.returns.erasure.api.PersonErased;
import org.corridor.returns.erasure.api.PersonErasureHeld;
import org.corridor.returns.erasure.api.ReleaseErasureHold;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Releases held erasures as their claims are decided. The held claims ({@value #COLLECTION}: claim id to person
 * id) and the claims' decisions are read by this one processor in the order they were recorded, and a hold looks
 * at its claims' events when it is recorded, so a decision recorded just before the hold is not missed. When the
 * person is erased, their access log goes too.
 */
@Component
@ProcessingGroup("personal-data-erasure")
class HeldClaims {

    static final String COLLECTION = "erasure-holds";

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final PersonHoldings holdings;
    private final AccessLog accessLog;

    HeldClaims(MongoTemplate mongo, CommandGateway commands, PersonHoldings holdings, AccessLog accessLog) {
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.commands = commands;
        this.holdings = holdings;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonErasureHeld event) {
        for (String claimId : event.heldClaims()) {
            mongo.save(new Document("_id", claimId).append("personId", event.personId()), COLLECTION);
            if (holdings.decided(claimId)) {
                commands.sendAndWait(new ReleaseErasureHold(event.personId(), claimId));
            }
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ClaimStatusChangedAtDestination event) {
        if (event.status().isFinal()) {
            release(event.claimId());
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ClaimRefusedByDestination event) {
        release(event.claimId());
    }

    @EventHandler
    void on(ErasureHoldReleased event) {
        mongo.remove(byId(event.claimId()), COLLECTION);
    }

    @EventHandler
    void on(PersonErased event) {
        accessLog.forget(event.personId());
    }

    private void release(String claimId) {
        Document held = mongo.findById(claimId, Document.class, COLLECTION);
        if (held != null) {
            commands.sendAndWait(new ReleaseErasureHold(held.getString("personId"), claimId));
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
