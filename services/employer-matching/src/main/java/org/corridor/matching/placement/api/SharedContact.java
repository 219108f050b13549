package org.corridor.matching.placement.api;

/** The contact details a worker chose to let the employer see on accepting; any may be absent. */
public record SharedContact(String email, String phone, String postalAddress) {
}
