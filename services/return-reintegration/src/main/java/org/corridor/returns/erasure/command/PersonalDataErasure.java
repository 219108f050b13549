package org.corridor.returns.erasure.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.returns.erasure.api.ErasePersonalData;
import org.corridor.returns.erasure.api.ErasedItem;
import org.corridor.returns.erasure.api.ErasureHoldReleased;
import org.corridor.returns.erasure.api.Holdings;
import org.corridor.returns.erasure.api.NothingHeldAboutPerson;
import org.corridor.returns.erasure.api.PersonErased;
import org.corridor.returns.erasure.api.PersonErasureHeld;
import org.corridor.returns.erasure.api.ReleaseErasureHold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's erasure in this service, one per person (the aggregate id is the person id): every request identity
 * sends for them is answered here, once erased always ERASED with the same receipt. The key is destroyed before the
 * answer is recorded, so a crash in between means the request is delivered again and answered, never an answer
 * without the erasure.
 */
@Aggregate
class PersonalDataErasure {

    @AggregateIdentifier
    private String personId;
    private boolean erased;
    private List<ErasedItem> receipt = List.of();
    private Instant erasedAt;
    private final Set<String> heldClaims = new LinkedHashSet<>();
    private Holdings heldHoldings;
    private final List<Pending> waiting = new ArrayList<>();

    PersonalDataErasure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ErasePersonalData command, CryptoShredder shredder) {
        Instant now = GenericEventMessage.clock.instant();
        if (erased) {
            // Asked again: the same receipt, with the day it was done, never an error.
            apply(new PersonErased(command.personId(), command.erasureId(), command.requestedBy(), erasedAt,
                    receipt));
            return;
        }
        Set<String> undecided = new LinkedHashSet<>(heldClaims);
        undecided.addAll(command.holdings().undecidedClaims());
        if (!undecided.isEmpty()) {
            Holdings holdings = heldHoldings == null ? command.holdings() : larger(heldHoldings, command.holdings());
            apply(new PersonErasureHeld(command.personId(), command.erasureId(), command.requestedBy(), now,
                    List.of(UndecidedClaimHoldsErasure.hold(undecided.size())), List.copyOf(undecided), holdings));
            return;
        }
        if (command.holdings().isEmpty()) {
            apply(new NothingHeldAboutPerson(command.personId(), command.erasureId(), command.requestedBy(), now));
            return;
        }
        shredder.erase(command.personId(), erasedBy(command.erasureId()));
        apply(new PersonErased(command.personId(), command.erasureId(), command.requestedBy(), now,
                Receipt.of(command.holdings())));
    }

    /** A held claim was decided: the last one releases the erasure, answered for every request that waited. */
    @CommandHandler
    void handle(ReleaseErasureHold command, CryptoShredder shredder) {
        if (erased || !heldClaims.contains(command.claimId())) {
            return;
        }
        apply(new ErasureHoldReleased(personId, command.claimId(), heldClaims.size() - 1));
        if (!heldClaims.isEmpty()) {
            return;
        }
        List<Pending> answered = List.copyOf(waiting);
        shredder.erase(personId, erasedBy(answered.get(answered.size() - 1).erasureId()));
        List<ErasedItem> items = Receipt.of(heldHoldings);
        Instant now = GenericEventMessage.clock.instant();
        for (Pending pending : answered) {
            apply(new PersonErased(personId, pending.erasureId(), pending.requestedBy(), now, items));
        }
    }

    private static String erasedBy(String erasureId) {
        return "identity erasure request " + erasureId;
    }

    private static Holdings larger(Holdings a, Holdings b) {
        return new Holdings(Math.max(a.grievances(), b.grievances()), Math.max(a.grievanceOffers(),
                b.grievanceOffers()), Math.max(a.returnCases(), b.returnCases()),
                Math.max(a.benefitClaims(), b.benefitClaims()), a.sealed() || b.sealed(), List.of());
    }

    @EventSourcingHandler
    void on(PersonErasureHeld event) {
        personId = event.personId();
        heldClaims.addAll(event.heldClaims());
        heldHoldings = event.holdings();
        waiting.add(new Pending(event.erasureId(), event.requestedBy()));
    }

    @EventSourcingHandler
    void on(ErasureHoldReleased event) {
        heldClaims.remove(event.claimId());
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        personId = event.personId();
        erased = true;
        receipt = event.items();
        erasedAt = erasedAt == null ? event.erasedAt() : erasedAt;
        heldClaims.clear();
        waiting.clear();
    }

    @EventSourcingHandler
    void on(NothingHeldAboutPerson event) {
        personId = event.personId();
    }

    private record Pending(String erasureId, String requestedBy) {
    }
}
