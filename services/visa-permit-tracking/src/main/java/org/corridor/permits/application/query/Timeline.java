package org.corridor.permits.application.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationRefused;
import org.corridor.permits.application.api.ApplicationEvents.DocumentReceived;
import org.corridor.permits.application.api.ApplicationEvents.DocumentRejected;
import org.corridor.permits.application.api.ApplicationEvents.DocumentVerified;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.corridor.permits.application.api.ApplicationEvents.PermitAmended;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.api.ApplicationEvents.PermitIssued;
import org.corridor.permits.application.api.ApplicationEvents.PermitRenewed;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsErased;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.audit.Actor;
import org.corridor.kernel.audit.AuditMetadata;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An application's history in words, read from the event store by the application's id (indexed), not copied into
 * a read model per event. Never shows personal data: that the details were added, not what they are; once the
 * worker is erased, not the permit number either.
 */
@Component
public class Timeline {

    private final EventStore events;

    Timeline(EventStore events) {
        this.events = events;
    }

    public List<Entry> of(String applicationId, int page, int size) {
        boolean erased = erased(applicationId);
        return events.readEvents(applicationId).asStream()
                .skip((long) page * size).limit(size)
                .map(event -> entry(event, erased)).toList();
    }

    /** The whole history with who did each step, for the worker's own record (right of access). */
    public List<PersonalRecord.Change> changes(String applicationId) {
        boolean erased = erased(applicationId);
        return events.readEvents(applicationId).asStream().map(event -> {
            Entry entry = entry(event, erased);
            Actor actor = AuditMetadata.actorOf(event.getMetaData());
            return new PersonalRecord.Change(entry.at(), entry.what(), actor == null ? null : actor.userId(),
                    actor == null || actor.role() == null ? List.of() : List.of(actor.role()),
                    actor == null ? null : actor.organisation());
        }).toList();
    }

    private boolean erased(String applicationId) {
        return events.readEvents(applicationId).asStream()
                .anyMatch(event -> event.getPayload() instanceof PersonalDetailsErased);
    }

    public long count(String applicationId) {
        return events.readEvents(applicationId).asStream().count();
    }

    private static Entry entry(DomainEventMessage<?> event, boolean erased) {
        Object payload = event.getPayload();
        Function<Object, String> words = erased && payload instanceof PermitIssued
                ? p -> "Permit issued, valid until " + ((PermitIssued) p).validUntil() + " (its number is erased)"
                : WORDS.getOrDefault(payload.getClass(), p -> p.getClass().getSimpleName());
        return new Entry(event.getSequenceNumber(), event.getTimestamp(), payload.getClass().getSimpleName(),
                words.apply(payload));
    }

    private static final Map<Class<?>, Function<Object, String>> WORDS = new HashMap<>();

    private static <T> void say(Class<T> type, Function<T, String> words) {
        WORDS.put(type, payload -> words.apply(type.cast(payload)));
    }

    static {
        say(ApplicationOpened.class, e -> "Application opened for the placement with employer " + e.employerId()
                + ", at post " + e.post());
        say(PersonalDetailsAdded.class, e -> "Passport number, nationality and birth date added");
        say(PersonalDetailsErased.class, e -> "Passport number, nationality, birth date and declared gender erased "
                + "at the worker's request");
        say(DocumentReceived.class, e -> e.document() + " received");
        say(DocumentVerified.class, e -> e.document() + " verified");
        say(DocumentRejected.class, e -> e.document() + " rejected: "
                + (e.reasonAsRecorded() == null ? "(reason erased)" : e.reasonAsRecorded()));
        say(LodgementRequested.class, e -> "Lodged by the consulate; on its way to the immigration system");
        say(ApplicationLodged.class, e -> "Case " + e.caseReference() + " opened by the immigration system; "
                + "decision due by " + e.decisionDueOn());
        say(ImmigrationStatusReported.class, e -> "The immigration system reports case " + e.caseReference() + " as "
                + e.remoteStatus());
        say(ImmigrationDecisionReceived.class, e -> switch (e.resolution()) {
            case RECORDED -> "The immigration system " + ("APPROVED".equals(e.outcome()) ? "approved" : "refused")
                    + " case " + e.caseReference() + "; recorded as the decision";
            case CONFIRMS_RECORDED -> "The immigration system's decision on case " + e.caseReference()
                    + " confirms the one recorded";
            case CONFLICTS_WITH_RECORDED -> "Conflict: " + e.conflict();
        });
        say(ApplicationApproved.class, e -> "Approved, valid " + e.validFrom() + " to " + e.validUntil());
        say(ApplicationRefused.class, e -> "Refused: " + (e.reasonsAsRecorded() == null ? "(reasons erased)"
                : String.join("; ", e.reasonsAsRecorded())) + ". You may appeal until "
                + e.appealBy());
        say(PermitIssued.class, e -> "Permit " + e.number() + " issued, valid until " + e.validUntil());
        say(PermitAmended.class, e -> "Permit amended to the new employer " + e.newEmployerId() + " from "
                + e.effectiveFrom() + "; status and dates unchanged");
        say(PermitRenewed.class, e -> "Permit renewed until " + e.validUntil());
        say(PermitDeadlineRaised.class, e -> "Deadline raised: " + e.deadline() + " (" + e.dueOn() + ")");
        say(PermitEnded.class, e -> "Permit ended: " + e.reason() + " on " + e.endedOn());
    }

    public record Entry(long sequence, Instant at, String event, String what) {
    }
}
