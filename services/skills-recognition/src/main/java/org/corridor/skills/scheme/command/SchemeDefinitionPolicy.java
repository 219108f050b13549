package org.corridor.skills.scheme.command;

import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.scheme.api.TrackQuota;

import java.util.HashSet;
import java.util.Set;

/** The rules a scheme definition must meet before anything is recorded. */
final class SchemeDefinitionPolicy {

    private SchemeDefinitionPolicy() {
    }

    static void check(DefineScheme scheme) {
        if (scheme.name() == null || scheme.name().isBlank()) {
            throw new RuleViolation("name", "a scheme needs a name");
        }
        if (scheme.trainingStandard() == null || scheme.trainingStandard().isBlank()) {
            throw new RuleViolation("trainingStandard", "a scheme needs the training standard it trains to");
        }
        if (scheme.origin().equals(scheme.destination())) {
            throw new RuleViolation("destinationCountry",
                    "the country of destination must differ from the country of origin");
        }
        if (scheme.occupations() == null || scheme.occupations().isEmpty()) {
            throw new RuleViolation("occupations", "a scheme trains for at least one occupation");
        }
        Set<String> codes = new HashSet<>();
        for (Occupation occupation : scheme.occupations()) {
            if (!codes.add(occupation.code().value())) {
                throw new RuleViolation("occupations", "occupation " + occupation.code() + " is listed twice");
            }
            if (occupation.monthlyWageFloor().isZero()) {
                throw new RuleViolation("occupations",
                        "the wage floor of occupation " + occupation.code() + " must be above zero");
            }
        }
        if (scheme.quotas() == null || scheme.quotas().isEmpty()) {
            throw new RuleViolation("quotas", "a scheme sets a quota for at least one track");
        }
        Set<Object> tracks = new HashSet<>();
        for (TrackQuota quota : scheme.quotas()) {
            if (quota.places() < 0) {
                throw new RuleViolation("quotas", "the quota of track " + quota.track() + " cannot be negative");
            }
            if (!tracks.add(quota.track())) {
                throw new RuleViolation("quotas", "track " + quota.track() + " has two quotas");
            }
        }
    }
}
