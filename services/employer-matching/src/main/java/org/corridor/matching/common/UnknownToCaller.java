package org.corridor.matching.common;

/**
 * The record does not exist, or belongs to another employer or worker: both answer the same, so that no caller can
 * learn what another party holds.
 */
public class UnknownToCaller extends RuntimeException {

    public UnknownToCaller(String what, String id) {
        super("No " + what + " with id " + id + " is yours to see or change");
    }
}
