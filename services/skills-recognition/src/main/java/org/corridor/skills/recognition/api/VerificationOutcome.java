package org.corridor.skills.recognition.api;

/** What the qualification authority said about the certificate. */
public enum VerificationOutcome {
    /** The authority confirms the certificate as issued. */
    CONFIRMED,
    /** The authority knows no such certificate, or says it was withdrawn. */
    NOT_CONFIRMED
}
