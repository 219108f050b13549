package org.corridor.skills.scheme.api;

/** How many people a scheme admits to one track. */
public record TrackQuota(Track track, int places) {
}
