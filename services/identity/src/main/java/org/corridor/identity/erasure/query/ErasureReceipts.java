package org.corridor.identity.erasure.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.ErasureAnswered;
import org.corridor.identity.erasure.api.ErasureCompleted;
import org.corridor.identity.erasure.api.ErasureRequested;
import org.corridor.identity.erasure.api.Requester;
import org.corridor.kernel.access.PersonalRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receipts read from the event store by the request's id (indexed), not copied into a read model: a handful of
 * events per request, and the requester sees their receipt the moment the request is answered, with no lag.
 */
@Component
public class ErasureReceipts {

    private final EventStore events;

    ErasureReceipts(EventStore events) {
        this.events = events;
    }

    public Optional<RecordedErasure> find(String erasureId) {
        DomainEventStream stream = events.readEvents(erasureId);
        ErasureRequested requested = null;
        Map<String, Answer> answers = new LinkedHashMap<>();
        Instant completedAt = null;
        List<PersonalRecord.Change> changes = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            String what;
            if (payload instanceof ErasureRequested event) {
                requested = event;
                what = event.requestedBy() == Requester.PERSON ? "you asked to be forgotten"
                        : "an origin agency asked for you to be forgotten";
            } else if (payload instanceof ErasureAnswered event) {
                answers.put(event.service(), event.answer());
                what = event.service() + " answered " + event.answer().outcome();
            } else if (payload instanceof ErasureCompleted event) {
                completedAt = event.completedAt();
                what = "every service answered: the erasure is complete";
            } else {
                continue;
            }
            changes.add(change(message, what));
        }
        if (requested == null) {
            return Optional.empty();
        }
        List<Receipt.Line> lines = new ArrayList<>();
        for (String service : requested.expectedServices()) {
            lines.add(line(service, answers.remove(service)));
        }
        answers.forEach((service, answer) -> lines.add(line(service, answer)));
        Receipt receipt = new Receipt(requested.erasureId(), requested.personId(), requested.requestedAt(),
                requested.requestedBy(), completedAt != null, completedAt, lines);
        return Optional.of(new RecordedErasure(receipt, requested.originCountry(), requested.receiptCodeDigest(),
                changes));
    }

    private static Receipt.Line line(String service, Answer answer) {
        return answer == null ? new Receipt.Line(service, Receipt.PENDING, null, List.of(), List.of())
                : new Receipt.Line(service, answer.outcome().name(), answer.answeredAt(), answer.items(),
                answer.holds());
    }

    private static PersonalRecord.Change change(DomainEventMessage<?> message, String what) {
        return PersonalRecord.Change.of(message, what);
    }
}
