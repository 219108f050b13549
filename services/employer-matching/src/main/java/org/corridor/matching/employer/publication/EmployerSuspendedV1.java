package org.corridor.matching.employer.publication;

/**
 * Public contracts {@code employer-matching.employer-suspended.v1} and {@code employer-matching.employer-reinstated.v1}
 * (contracts/events): the same three fields, no worker and no contact.
 */
record EmployerSuspendedV1(String employerId, String grievanceId, String reason) {

    static final String SUSPENDED = "employer-matching.employer-suspended.v1";
    static final String REINSTATED = "employer-matching.employer-reinstated.v1";
}
