package org.corridor.identity.erasure.api;

/** A legal hold a service applies: the rule, what it keeps, and until when (in words or as a date). */
public record Hold(String rule, String kept, String until) {
}
