package org.corridor.permits.person.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.permits.application.query.ApplicantDetails;
import org.corridor.permits.application.query.ApplicationView;
import org.corridor.permits.application.query.PermitApplications;
import org.corridor.permits.application.query.Timeline;
import org.corridor.permits.person.api.ErasureEvents.ErasureAnswered;
import org.corridor.permits.person.api.ErasureEvents.ErasureDue;
import org.corridor.permits.person.api.ErasureEvents.ErasureRequested;
import org.corridor.permits.person.api.ErasureEvents.HoldEnded;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything this service holds about a person, for the person's right of access: their permit applications with
 * the details they added (opened with their key, {@code null} once erased), their erasure requests and answers,
 * every change with who made it (from the event store's audit metadata), and who else was shown their records.
 */
@Component
public class PersonalRecords {

    public static final String SERVICE = "visa-permit-tracking";
    private static final int PAGE = 200;

    private final PermitApplications applications;
    private final ApplicantDetails details;
    private final Timeline timeline;
    private final EventStore events;
    private final AccessLog accessLog;
    private final Clock clock = Clock.systemUTC();

    PersonalRecords(PermitApplications applications, ApplicantDetails details, Timeline timeline, EventStore events,
                    AccessLog accessLog) {
        this.applications = applications;
        this.details = details;
        this.timeline = timeline;
        this.events = events;
        this.accessLog = accessLog;
    }

    public PersonalRecord of(String personId) {
        List<Map<String, Object>> permitApplications = new ArrayList<>();
        List<PersonalRecord.Change> changes = new ArrayList<>();
        for (ApplicationView view : ofPerson(personId)) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("application", view);
            ApplicantDetails.Details added = details.of(view.applicationId()).orElse(null);
            section.put("personalDetails", added == null ? "not added" : added.erased() ? "erased" : added);
            permitApplications.add(section);
            changes.addAll(timeline.changes(view.applicationId()));
        }
        List<Map<String, Object>> erasures = new ArrayList<>();
        events.readEvents(personId).asStream().forEach(event -> {
            Object payload = event.getPayload();
            if (payload instanceof ErasureAnswered answer) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("erasureId", answer.erasureId());
                entry.put("answeredAt", event.getTimestamp());
                entry.put("outcome", answer.outcome());
                entry.put("items", answer.items());
                entry.put("holds", answer.holds());
                erasures.add(entry);
            }
            String what = words(payload);
            if (what != null) {
                changes.add(change(event, what));
            }
        });
        changes.sort(Comparator.comparing(PersonalRecord.Change::at));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("permit applications", permitApplications);
        data.put("erasure requests", erasures);
        return new PersonalRecord(SERVICE, personId, clock.instant(), data, changes, accessLog.of(personId));
    }

    private static String words(Object payload) {
        if (payload instanceof ErasureRequested requested) {
            return "Erasure " + requested.erasureId() + " requested";
        }
        if (payload instanceof ErasureAnswered answer) {
            return "Erasure " + answer.erasureId() + " answered: " + answer.outcome()
                    + (answer.holds().isEmpty() ? "" : " (" + answer.holds().size() + " legal hold"
                    + (answer.holds().size() > 1 ? "s" : "") + ")");
        }
        if (payload instanceof HoldEnded ended) {
            return "Legal hold on application " + ended.applicationId() + " ended";
        }
        if (payload instanceof ErasureDue) {
            return "Erasure started: key destroyed, views cleared";
        }
        return null;
    }

    private static PersonalRecord.Change change(DomainEventMessage<?> event, String what) {
        return PersonalRecord.Change.of(event, what);
    }

    private List<ApplicationView> ofPerson(String personId) {
        List<ApplicationView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ApplicationView> views = applications.ofPerson(personId, page, PAGE);
            all.addAll(views);
            if (views.size() < PAGE) {
                return all;
            }
        }
    }
}
