package org.corridor.permits.application.api;

/** Where one document of the checklist stands. */
public enum DocumentState {
    MISSING, RECEIVED, VERIFIED, REJECTED
}
