package org.corridor.permits.person.api;

import org.corridor.permits.application.api.ApplicationStatus;

import java.time.LocalDate;

/** Where one of the person's permit applications stands when the erasure is asked for: what the hold is decided on. */
public record ApplicationStanding(String applicationId, ApplicationStatus status, LocalDate validUntil,
                                  LocalDate appealBy) {
}
