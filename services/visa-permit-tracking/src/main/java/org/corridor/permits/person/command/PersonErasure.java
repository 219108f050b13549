package org.corridor.permits.person.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.ErasedItem;
import org.corridor.permits.person.api.ErasureCommands.CompleteErasure;
import org.corridor.permits.person.api.ErasureCommands.EndHold;
import org.corridor.permits.person.api.ErasureCommands.RequestErasure;
import org.corridor.permits.person.api.ErasureEvents.ErasureAnswered;
import org.corridor.permits.person.api.ErasureEvents.ErasureDue;
import org.corridor.permits.person.api.ErasureEvents.ErasureRequested;
import org.corridor.permits.person.api.ErasureEvents.HoldEnded;
import org.corridor.permits.person.api.ErasureOutcome;
import org.corridor.permits.person.api.Hold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's erasure in this service, one per person (id = person id): every request is answered, HELD while a
 * {@link LegalHold} applies, and answered again with ERASED, under its own erasure id, once the last hold ends. A
 * request for a person already erased is answered again with what was done, never refused.
 */
@Aggregate
class PersonErasure {

    @AggregateIdentifier
    private String personId;
    /** Requests not yet answered with their final outcome. */
    private final Set<String> waiting = new LinkedHashSet<>();
    /** Holds still in force, by application. */
    private final Map<String, Hold> holds = new LinkedHashMap<>();
    private final Set<String> applications = new LinkedHashSet<>();
    /** The key is being destroyed and the views cleared; the answer follows. */
    private boolean due;
    /** The final outcome once the work is done (ERASED or NOTHING_HELD), and what it erased. */
    private ErasureOutcome done;
    private List<ErasedItem> erased = List.of();

    PersonErasure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestErasure command) {
        apply(new ErasureRequested(command.personId(), command.erasureId(), command.requestedAt(),
                command.requestedBy(), command.applications().stream().map(ApplicationStanding::applicationId)
                .toList()));
        if (done != null) {
            // Asked again (a new request, or the same one resent): the same answer.
            apply(new ErasureAnswered(personId, command.erasureId(), done, erased, List.of()));
            return;
        }
        List<Hold> inForce = new ArrayList<>(holds.values());
        command.applications().stream().filter(application -> !holds.containsKey(application.applicationId()))
                .map(LegalHold::on).flatMap(Optional::stream).forEach(inForce::add);
        if (!inForce.isEmpty()) {
            apply(new ErasureAnswered(personId, command.erasureId(), ErasureOutcome.HELD, List.of(), inForce));
        } else if (!due) {
            apply(new ErasureDue(personId, List.copyOf(applications)));
        }
    }

    @CommandHandler
    void handle(EndHold command) {
        if (!holds.containsKey(command.applicationId())) {
            return; // not held, or its end delivered twice
        }
        apply(new HoldEnded(personId, command.applicationId(), holds.size() - 1));
        if (holds.isEmpty() && done == null && !due) {
            apply(new ErasureDue(personId, List.copyOf(applications)));
        }
    }

    @CommandHandler
    void handle(CompleteErasure command) {
        if (done != null || !due) {
            return; // the work repeated after its answer changes nothing
        }
        ErasureOutcome outcome = command.items().isEmpty() ? ErasureOutcome.NOTHING_HELD : ErasureOutcome.ERASED;
        List<ErasedItem> items = List.copyOf(command.items());
        List.copyOf(waiting).forEach(erasureId ->
                apply(new ErasureAnswered(personId, erasureId, outcome, items, List.of())));
    }

    @EventSourcingHandler
    void on(ErasureRequested event) {
        personId = event.personId();
        waiting.add(event.erasureId());
        applications.addAll(event.applicationIds());
    }

    @EventSourcingHandler
    void on(ErasureAnswered event) {
        if (event.outcome() == ErasureOutcome.HELD) {
            event.holds().forEach(hold -> holds.put(hold.applicationId(), hold));
            return;
        }
        waiting.remove(event.erasureId());
        done = event.outcome();
        erased = event.items();
        due = false;
    }

    @EventSourcingHandler
    void on(ErasureDue event) {
        due = true;
    }

    @EventSourcingHandler
    void on(HoldEnded event) {
        holds.remove(event.applicationId());
    }
}
