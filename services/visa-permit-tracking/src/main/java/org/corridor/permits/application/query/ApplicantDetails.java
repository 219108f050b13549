package org.corridor.permits.application.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.api.Gender;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The worker's own details on an application, opened with their key from the event store (never kept in a read
 * model). Only for the worker's own record: after an erasure every value reads as {@code null}.
 */
@Component
public class ApplicantDetails {

    private final EventStore events;

    ApplicantDetails(EventStore events) {
        this.events = events;
    }

    /** The details last added, if the worker added any. */
    public Optional<Details> of(String applicationId) {
        return events.readEvents(applicationId).asStream()
                .map(event -> event.getPayload())
                .filter(PersonalDetailsAdded.class::isInstance).map(PersonalDetailsAdded.class::cast)
                .reduce((first, second) -> second)
                .map(added -> new Details(added.passportNumber(), added.nationality(), added.birthDate(),
                        added.gender()));
    }

    /** As added; every value {@code null} once the worker's key is destroyed. */
    public record Details(String passportNumber, String nationality, LocalDate birthDate, Gender gender) {

        public boolean erased() {
            return passportNumber == null && nationality == null && birthDate == null && gender == null;
        }
    }
}
