package org.corridor.permits.application.api;

/** Gender as the worker declares it, if they choose to; counted only, never published. */
public enum Gender {
    FEMALE, MALE, OTHER, NOT_DECLARED
}
