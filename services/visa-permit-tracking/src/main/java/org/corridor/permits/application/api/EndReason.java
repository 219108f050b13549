package org.corridor.permits.application.api;

/** Why a permit (or a refused application) ended. */
public enum EndReason {
    EXPIRED, CANCELLED, WORKER_DEPARTED, REFUSED
}
