package org.corridor.permits.person.api;

/** The answer to one erasure request. */
public enum ErasureOutcome {
    /** Everything the service held of the person is erased. */
    ERASED,
    /** The service held nothing of the person. */
    NOTHING_HELD,
    /** A legal hold keeps the person's details for now; ERASED follows, with the same erasure id, when it ends. */
    HELD
}
