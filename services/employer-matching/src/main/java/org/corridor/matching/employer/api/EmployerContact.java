package org.corridor.matching.employer.api;

/** The person an employer names as its contact: personal data, sealed in the event store and never published. */
public record EmployerContact(String name, String email, String phone) {
}
