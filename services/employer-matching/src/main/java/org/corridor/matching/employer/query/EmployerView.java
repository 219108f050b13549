package org.corridor.matching.employer.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employer as it and the scheme see it: its standing and, while suspended, why. No contact details: those stay
 * sealed in the event store.
 */
@Document(EmployerView.COLLECTION)
public record EmployerView(@Id String employerId, String legalName, String registrationNumber, String country,
                           String sector, String status, List<Suspension> suspensions, Instant registeredAt,
                           String registeredBy) {

    static final String COLLECTION = "employers";
    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
    /** Suspended before it registered here: the grievance arrived first. */
    public static final String NOT_REGISTERED = "NOT_REGISTERED";

    public record Suspension(String grievanceId, String kind, String reason, LocalDate since) {
    }
}
