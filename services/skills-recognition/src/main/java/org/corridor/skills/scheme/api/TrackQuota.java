package org.corridor.skills.scheme.api;

/**
 * How many people a scheme admits to one track: for one intake year, or, without a year, for every intake
 * together.
 */
public record TrackQuota(Track track, int places, Integer intakeYear) {

    public TrackQuota(Track track, int places) {
        this(track, places, null);
    }
}
