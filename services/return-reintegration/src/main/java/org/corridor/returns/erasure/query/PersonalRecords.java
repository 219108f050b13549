package org.corridor.returns.erasure.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.returns.benefit.query.BenefitClaims;
import org.corridor.returns.erasure.api.ErasedItem;
import org.corridor.returns.erasure.api.Hold;
import org.corridor.returns.erasure.api.NothingHeldAboutPerson;
import org.corridor.returns.erasure.api.PersonErased;
import org.corridor.returns.erasure.api.PersonErasureHeld;
import org.corridor.returns.grievance.query.GrievanceOfferView;
import org.corridor.returns.grievance.query.GrievanceOffers;
import org.corridor.returns.grievance.query.GrievanceRecords;
import org.corridor.returns.grievance.query.GrievanceView;
import org.corridor.returns.grievance.query.Grievances;
import org.corridor.returns.returncase.query.ReturnCaseRecords;
import org.corridor.returns.returncase.query.ReturnCaseView;
import org.corridor.returns.returncase.query.ReturnCases;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything this service holds about a person, for their right of access: each record opened with their key (an
 * erased value reads as null), what happened to each record and who did it (from the events' audit metadata), and
 * who else was shown them (the access log). Once the person is erased the lists no longer name them, so the record
 * holds only what their erasure recorded.
 */
@Component
public class PersonalRecords {

    static final String SERVICE = "return-reintegration";
    private static final int PAGE = 200;

    private final Grievances grievances;
    private final GrievanceRecords grievanceRecords;
    private final GrievanceOffers offers;
    private final ReturnCases returnCases;
    private final ReturnCaseRecords returnCaseRecords;
    private final BenefitClaims claims;
    private final PersonHoldings holdings;
    private final EventStore events;
    private final AccessLog accessLog;
    private final Clock clock;

    PersonalRecords(Grievances grievances, GrievanceRecords grievanceRecords, GrievanceOffers offers,
                    ReturnCases returnCases, ReturnCaseRecords returnCaseRecords, BenefitClaims claims,
                    PersonHoldings holdings, EventStore events, AccessLog accessLog, Clock clock) {
        this.grievances = grievances;
        this.grievanceRecords = grievanceRecords;
        this.offers = offers;
        this.returnCases = returnCases;
        this.returnCaseRecords = returnCaseRecords;
        this.claims = claims;
        this.holdings = holdings;
        this.events = events;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public PersonalRecord of(String personId) {
        List<String> grievanceIds = all((page, size) -> grievances.ofWorker(personId, page, size).items(),
                GrievanceView::grievanceId);
        List<String> offerIds = all((page, size) -> offers.ofWorker(personId, page, size),
                GrievanceOfferView::offerId);
        List<String> caseIds = all((page, size) -> returnCases.ofReturnee(personId, page, size).items(),
                ReturnCaseView::returnCaseId);
        List<String> claimIds = holdings.claimsOf(personId);

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("grievances", opened(grievanceIds, grievanceRecords::find));
        data.put("grievance offers", opened(offerIds, offers::find));
        data.put("return cases", opened(caseIds, returnCaseRecords::find));
        data.put("benefit claims", opened(claimIds, claims::find));
        data.put("erasure requests", answers(personId));

        List<PersonalRecord.Change> changes = new ArrayList<>();
        grievanceIds.forEach(id -> changes.addAll(changes("grievance", id)));
        offerIds.forEach(id -> changes.addAll(changes("grievance offer", id)));
        caseIds.forEach(id -> changes.addAll(changes("return case", id)));
        claimIds.forEach(id -> changes.addAll(changes("benefit claim", id)));
        changes.addAll(changes("erasure request", personId));
        changes.sort(Comparator.comparing(PersonalRecord.Change::at));
        return new PersonalRecord(SERVICE, personId, clock.instant(), data, changes, accessLog.of(personId));
    }

    /** What became of the person's requests to be forgotten here: held (and why), erased (and what), nothing held. */
    private List<Answer> answers(String personId) {
        List<Answer> answers = new ArrayList<>();
        events.readEvents(personId).forEachRemaining(message -> {
            Object event = message.getPayload();
            if (event instanceof PersonErasureHeld held) {
                answers.add(new Answer(held.erasureId(), "HELD", held.heldAt(), List.of(), held.holds()));
            } else if (event instanceof PersonErased erased) {
                answers.add(new Answer(erased.erasureId(), "ERASED", erased.erasedAt(), erased.items(), List.of()));
            } else if (event instanceof NothingHeldAboutPerson nothing) {
                answers.add(new Answer(nothing.erasureId(), "NOTHING_HELD", nothing.answeredAt(), List.of(),
                        List.of()));
            }
        });
        return answers;
    }

    /** One answer to a request to be forgotten, as the person's receipt has it. */
    public record Answer(String erasureId, String outcome, Instant at, List<ErasedItem> items, List<Hold> holds) {
    }

    private static <T> List<T> opened(List<String> ids, Function<String, Optional<T>> find) {
        return ids.stream().map(find).flatMap(Optional::stream).toList();
    }

    private List<PersonalRecord.Change> changes(String kind, String aggregateId) {
        List<PersonalRecord.Change> found = new ArrayList<>();
        events.readEvents(aggregateId).forEachRemaining(message -> found.add(change(kind, aggregateId, message)));
        return found;
    }

    private static PersonalRecord.Change change(String kind, String aggregateId, DomainEventMessage<?> message) {
        return PersonalRecord.Change.of(message,
                kind + " " + aggregateId + ": " + words(message.getPayloadType().getSimpleName()));
    }

    /** {@code GrievanceFiled} as "grievance filed". */
    static String words(String eventName) {
        return eventName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }

    private static <V> List<String> all(BiFunction<Integer, Integer, List<V>> page, Function<V, String> id) {
        List<String> ids = new ArrayList<>();
        for (int number = 0; ; number++) {
            List<V> found = page.apply(number, PAGE);
            found.forEach(v -> ids.add(id.apply(v)));
            if (found.size() < PAGE) {
                return ids;
            }
        }
    }
}
