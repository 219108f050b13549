package org.corridor.identity.erasure.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.AnswerForAnotherPerson;
import org.corridor.identity.erasure.api.ErasureAnswered;
import org.corridor.identity.erasure.api.ErasureCompleted;
import org.corridor.identity.erasure.api.ErasureRequested;
import org.corridor.identity.erasure.api.RecordAnswer;
import org.corridor.identity.erasure.api.RequestErasure;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One request to forget a person, and the answers of the services that act on it. Complete once every expected
 * service answered ERASED or NOTHING_HELD; an answer repeated unchanged (a resend) records nothing, a changed one
 * (HELD, then ERASED when the hold ends) replaces the service's line.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class ErasureRequest {

    @AggregateIdentifier
    private String erasureId;
    private String personId;
    private final Set<String> expected = new LinkedHashSet<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private boolean complete;

    ErasureRequest() {
        // for Axon
    }

    @CommandHandler
    ErasureRequest(RequestErasure command) {
        if (command.expectedServices() == null || command.expectedServices().isEmpty()) {
            throw new IllegalArgumentException("an erasure request needs the services expected to answer it");
        }
        apply(new ErasureRequested(command.erasureId(), command.personId(), command.requestedAt(),
                command.requestedBy(), command.originCountry(), command.receiptCodeDigest(),
                List.copyOf(command.expectedServices())));
    }

    @CommandHandler
    boolean handle(RecordAnswer command) {
        if (!personId.equals(command.personId())) {
            throw new AnswerForAnotherPerson(erasureId, command.service());
        }
        Answer known = answers.get(command.service());
        if (known != null && sameAnswer(known, command.answer())) {
            return complete;
        }
        apply(new ErasureAnswered(erasureId, personId, command.service(), command.answer()));
        if (!complete && expected.stream().allMatch(service -> answers.containsKey(service)
                && answers.get(service).outcome().settles())) {
            apply(new ErasureCompleted(erasureId, personId, command.answer().answeredAt()));
        }
        return complete;
    }

    /** The same outcome, items and holds: a resend of the answer, whenever it says it was made. */
    private static boolean sameAnswer(Answer a, Answer b) {
        return a.outcome() == b.outcome() && a.items().equals(b.items()) && a.holds().equals(b.holds());
    }

    @EventSourcingHandler
    void on(ErasureRequested event) {
        erasureId = event.erasureId();
        personId = event.personId();
        expected.addAll(event.expectedServices());
    }

    @EventSourcingHandler
    void on(ErasureAnswered event) {
        answers.put(event.service(), event.answer());
    }

    @EventSourcingHandler
    void on(ErasureCompleted event) {
        complete = true;
    }
}
