package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.CountryCode;

/**
 * The places of a scheme's quotas, taken, moved and released inside the unit of work of the trainee's command, so
 * that an enrolment and its place are recorded together or not at all.
 */
public interface SchemePlaces {

    /** Takes a place and returns the scheme's destination. */
    CountryCode take(TakePlace command);

    void move(MovePlace command);

    void release(ReleasePlace command);
}
