package org.corridor.permits.application.api;

/** Where a permit application stands. */
public enum ApplicationStatus {
    /** Opened by an agreed placement: the worker adds their details, the consulate works the document checklist. */
    OPEN,
    /** The consulate lodged it; it waits to reach the immigration system (queued while that system is down). */
    LODGEMENT_PENDING,
    /** The immigration system holds a case for it; a decision is due within the scheme's service level. */
    LODGED,
    APPROVED,
    /** Refused with reasons; the worker may appeal until the right-of-appeal date. */
    REFUSED,
    /** The permit is issued: the worker may work until it ends. */
    ISSUED,
    ENDED
}
