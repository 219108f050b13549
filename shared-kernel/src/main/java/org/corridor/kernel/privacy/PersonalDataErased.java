package org.corridor.kernel.privacy;

import java.time.Instant;

/**
 * Announces that a data subject's key is gone. Projections that copied the subject's personal values into a read
 * model delete or blank them on this event; a service's integration-event forwarder may tell other services, which
 * hold their own keys for the same person.
 */
public record PersonalDataErased(String subjectId, Instant erasedAt) {
}
