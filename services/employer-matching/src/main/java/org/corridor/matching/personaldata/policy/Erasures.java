package org.corridor.matching.personaldata.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.Erasure;
import org.corridor.kernel.privacy.SubjectKey;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.matching.allocation.query.AllocationProjection;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.personaldata.api.ErasureAnswer;
import org.corridor.matching.personaldata.api.ErasureAnswer.Action;
import org.corridor.matching.personaldata.api.ErasureAnswer.Hold;
import org.corridor.matching.personaldata.api.ErasureAnswer.Item;
import org.corridor.matching.personaldata.api.ErasureAnswer.Outcome;
import org.corridor.matching.personaldata.api.ErasureAnswer.Store;
import org.corridor.matching.personaldata.api.RecordErasureAnswer;
import org.corridor.matching.placement.api.Events.FeeReimbursed;
import org.corridor.matching.placement.api.Events.FeeReported;
import org.corridor.matching.placement.query.PlacementProjection;
import org.corridor.matching.placement.query.PlacementView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Erases what employer-matching holds of a person (ADR 0035): the candidate out of the pool and every shortlist at
 * once, the unanswered offers withdrawn, the preferences removed, the person's key destroyed (which seals for good
 * the contact details shared with employers and everything the worker wrote, and makes the read models clear their
 * copies), and the answer recorded and published. Every step can be repeated: a request received again, or retried
 * after a failure, does the same and answers again.
 *
 * <p>A fee the worker paid and the employer has not yet reimbursed is the worker's claim: it holds the erasure of
 * the person's key until the last such fee is reimbursed ({@link #releaseIfDue}).
 */
@Component
public class Erasures {

    static final String ERASED_BY = "system:employer-matching";

    static final Hold OWED_FEES = new Hold(
            "A fee you paid that the employer has not reimbursed is money the employer owes you (Employer Pays "
                    + "Principle): erasing it would cancel your claim.",
            "The fees you reported and the placements they belong to, the contact details you shared with those "
                    + "employers and what else you wrote here, all sealed under your key; you are out of the "
                    + "candidate pool already.",
            "Until the employer has reimbursed every fee you reported; then the rest is erased and you get a new "
                    + "receipt.");

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final CryptoShredder shredder;
    private final SubjectKeyring keyring;
    private final CandidatePool pool;
    private final AllocationProjection allocations;
    private final PlacementProjection placements;
    private final EventStore events;
    private final CommandGateway commands;
    private final MongoTemplate mongo;

    Erasures(CryptoShredder shredder, SubjectKeyring keyring, CandidatePool pool, AllocationProjection allocations,
             PlacementProjection placements, EventStore events, CommandGateway commands, MongoTemplate mongo) {
        this.shredder = shredder;
        this.keyring = keyring;
        this.pool = pool;
        this.allocations = allocations;
        this.placements = placements;
        this.events = events;
        this.commands = commands;
        this.mongo = mongo;
    }

    /** Erasure requests held by fees still owed to the person. */
    @Document(HeldErasure.COLLECTION)
    record HeldErasure(@Id String personId, List<String> erasureIds) {
        static final String COLLECTION = "erasure-holds";
    }

    /** Acts on one erasure request and records the answer. */
    public void erase(String erasureId, String personId) {
        // The hold is written before the fees are looked at, so that a reimbursement in between finds it.
        mongo.upsert(Query.query(Criteria.where("_id").is(personId)), new Update().addToSet("erasureIds", erasureId),
                HeldErasure.class);
        if (owedFees(personId).isEmpty()) {
            eraseNow(List.of(erasureId), personId);
            return;
        }
        List<Item> items = new ArrayList<>(leavePool(personId));
        log.info("erasure {} of person {} held: fees owed to the person", erasureId, personId);
        commands.sendAndWait(new RecordErasureAnswer(erasureId, personId, Instant.now(),
                new ErasureAnswer(Outcome.HELD, items, List.of(OWED_FEES))));
    }

    /** After a reimbursement: a held erasure of the person is completed once no fee is owed to the person. */
    public void releaseIfDue(String personId) {
        HeldErasure held = mongo.findById(personId, HeldErasure.class);
        if (held != null && owedFees(personId).isEmpty()) {
            log.info("erasure of person {} released: every fee reimbursed", personId);
            eraseNow(held.erasureIds(), personId);
        }
    }

    private void eraseNow(List<String> erasureIds, String personId) {
        // A key (or its tombstone) exists only where a personal value of the person was ever sealed here.
        boolean sealed = keyring.stateForReading(personId).isPresent();
        List<PlacementView> offers = placements.list(null, personId, null, 0, 200);
        List<Item> items = new ArrayList<>(leavePool(personId));
        boolean heldAnything = !items.isEmpty() || !offers.isEmpty()
                || keyring.stateForReading(personId).filter(SubjectKey.class::isInstance).isPresent();
        // Even a person unknown here gets a tombstone: nothing can be sealed for them later by mistake.
        Erasure tombstone = shredder.erase(personId, ERASED_BY);
        if (!heldAnything) {
            answer(erasureIds, personId, tombstone.erasedAt(), new ErasureAnswer(Outcome.NOTHING_HELD, List.of(),
                    List.of()));
            return;
        }
        if (sealed) {
            items.add(new Item(Store.EVENT_STORE, "The contact details you shared with employers on accepting "
                    + "offers, your reasons for declining offers, what you reported of signed contracts and the fees "
                    + "you paid: sealed in the recorded events, now unreadable for good.", Action.KEY_DESTROYED));
        }
        if (!offers.isEmpty()) {
            items.add(new Item(Store.READ_MODEL, "Your words in your offers and placements (fee descriptions, what "
                    + "you reported of your signed contract); the offers, placements and amounts stay under your id "
                    + "alone, so that the scheme's counts still add up.", Action.CLEARED));
        }
        answer(erasureIds, personId, tombstone.erasedAt(), new ErasureAnswer(Outcome.ERASED, items, List.of()));
    }

    private void answer(List<String> erasureIds, String personId, Instant erasedAt, ErasureAnswer answer) {
        for (String erasureId : erasureIds) {
            commands.sendAndWait(new RecordErasureAnswer(erasureId, personId, erasedAt, answer));
        }
        mongo.remove(Query.query(Criteria.where("_id").is(personId)), HeldErasure.class);
    }

    /** Out of the pool, every shortlist and later allocation, unanswered offers withdrawn, preferences removed. */
    private List<Item> leavePool(String personId) {
        List<Item> items = new ArrayList<>();
        CandidatePool.Standing standing = pool.erase(personId);
        if (standing != CandidatePool.Standing.UNKNOWN) {
            items.add(new Item(Store.READ_MODEL, "Your candidate profile (occupation, skills, languages, recognition, "
                    + "availability): out of the candidate pool and every shortlist; unanswered offers withdrawn.",
                    Action.REMOVED));
        }
        if (allocations.forget(personId)) {
            items.add(new Item(Store.READ_MODEL, "The job orders you listed as your preferences.", Action.REMOVED));
        }
        return items;
    }

    /** The fees reported on the person's placements and not yet reimbursed, from the event store (never lagging). */
    Set<String> owedFees(String personId) {
        Set<String> owed = new LinkedHashSet<>();
        for (PlacementView placement : placements.list(null, personId, "ACCEPTED", 0, 200)) {
            events.readEvents(placement.offerId()).asStream().forEach(message -> {
                if (message.getPayload() instanceof FeeReported reported) {
                    owed.add(reported.feeId());
                } else if (message.getPayload() instanceof FeeReimbursed reimbursed) {
                    owed.remove(reimbursed.feeId());
                }
            });
        }
        return owed;
    }
}
