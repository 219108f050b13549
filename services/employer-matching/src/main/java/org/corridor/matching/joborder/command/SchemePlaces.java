package org.corridor.matching.joborder.command;

/**
 * Where job orders reserve the places of a scheme's quota. {@link #of} takes the quota's lock for the rest of the
 * command's unit of work, so what {@link Ledger#heldByOthers} says stays true until the reservation is recorded.
 */
interface SchemePlaces {

    Ledger of(String schemeId, int intakeYear);

    /** The quota of one scheme and intake year, locked for this command. */
    interface Ledger {

        int heldByOthers(String jobOrderId);

        void reserve(String jobOrderId, int positions, int quotaPlaces);

        void release(String jobOrderId);
    }
}
