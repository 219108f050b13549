package org.corridor.returns.grievance.api;

/** A term of the signed contract that is worse than in the accepted offer. */
public record WorseTerm(String term, String offered, String signed) {
}
