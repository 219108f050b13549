package org.corridor.permits.person.api;

/**
 * A legal hold on one application: which rule, what it keeps, until when, in words the person reads on their
 * receipt. No personal data: the application's id and dates only.
 */
public record Hold(String applicationId, String rule, String kept, String until) {
}
