package org.corridor.skills.scheme.command;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a scheme's terms must meet before anything is recorded. Shape (present, well-formed) is checked at
 * the edge; each rule here is checked nowhere else and refuses with the field at fault and the rule's name.
 */
final class SchemeDefinitionPolicy {

    static final String ORIGIN_DIFFERS_FROM_DESTINATION = "origin-differs-from-destination";
    static final String AT_LEAST_ONE_OCCUPATION = "at-least-one-occupation";
    static final String OCCUPATION_LISTED_ONCE = "occupation-listed-once";
    static final String WAGE_FLOOR_ABOVE_ZERO = "wage-floor-above-zero";
    static final String AT_LEAST_ONE_QUOTA = "at-least-one-quota";
    static final String QUOTA_NOT_NEGATIVE = "quota-not-negative";
    static final String ONE_QUOTA_PER_TRACK = "one-quota-per-track";

    private SchemeDefinitionPolicy() {
    }

    static void check(DefineScheme scheme) {
        if (scheme.origin().equals(scheme.destination())) {
            throw new RuleViolation("destinationCountry", ORIGIN_DIFFERS_FROM_DESTINATION,
                    "the country of destination must differ from the country of origin (" + scheme.origin()
                            + "); choose the country where the trainees will work");
        }
        checkOccupations(scheme.occupations());
        checkQuotas(scheme.quotas());
    }

    private static void checkOccupations(List<Occupation> occupations) {
        if (occupations.isEmpty()) {
            throw new RuleViolation("occupations", AT_LEAST_ONE_OCCUPATION,
                    "a scheme trains for at least one occupation; add the ISCO-08 unit group it trains for");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < occupations.size(); i++) {
            Occupation occupation = occupations.get(i);
            if (!codes.add(occupation.code().value())) {
                throw new RuleViolation("occupations[" + i + "].iscoCode", OCCUPATION_LISTED_ONCE,
                        "occupation " + occupation.code() + " is listed twice; list each occupation once");
            }
            if (occupation.monthlyWageFloor().isZero()) {
                throw new RuleViolation("occupations[" + i + "].monthlyWageFloor", WAGE_FLOOR_ABOVE_ZERO,
                        "the wage floor of occupation " + occupation.code()
                                + " must be above zero; enter the destination's minimum monthly gross wage");
            }
        }
    }

    private static void checkQuotas(List<TrackQuota> quotas) {
        if (quotas.isEmpty()) {
            throw new RuleViolation("quotas", AT_LEAST_ONE_QUOTA,
                    "a scheme sets a quota for at least one track; add the places of the AWAY or HOME track");
        }
        Set<Track> tracks = new HashSet<>();
        for (int i = 0; i < quotas.size(); i++) {
            TrackQuota quota = quotas.get(i);
            if (quota.places() < 0) {
                throw new RuleViolation("quotas[" + i + "].places", QUOTA_NOT_NEGATIVE,
                        "the quota of track " + quota.track() + " cannot be negative; enter 0 or more places");
            }
            if (!tracks.add(quota.track())) {
                throw new RuleViolation("quotas[" + i + "].track", ONE_QUOTA_PER_TRACK,
                        "track " + quota.track() + " has two quotas; a scheme has at most two quotas, one per "
                                + "track (AWAY, HOME): merge them into one");
            }
        }
    }
}
