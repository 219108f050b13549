package org.corridor.returns.erasure.api;

/** A legal hold on a person's erasure: the rule, what it keeps, and until when, in words. */
public record Hold(String rule, String kept, String until) {
}
