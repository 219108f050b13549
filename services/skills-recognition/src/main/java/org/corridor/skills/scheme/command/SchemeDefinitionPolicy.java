package org.corridor.skills.scheme.command;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.scheme.api.BenchmarkWage;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.RequiredSkill;
import org.corridor.skills.scheme.api.SchemeTerms;
import org.corridor.skills.scheme.api.TrackQuota;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a scheme's terms must meet, when defined and after every amendment, before anything is recorded.
 * Shape (present, well-formed) is checked at the edge; each rule here is checked nowhere else and refuses with
 * the field at fault, the rule's name and what to do next.
 */
final class SchemeDefinitionPolicy {

    static final String ORIGIN_DIFFERS_FROM_DESTINATION = "origin-differs-from-destination";
    static final String AT_LEAST_ONE_OCCUPATION = "at-least-one-occupation";
    static final String OCCUPATION_LISTED_ONCE = "occupation-listed-once";
    static final String WAGE_FLOOR_ABOVE_ZERO = "wage-floor-above-zero";
    static final String SKILL_LISTED_ONCE = "skill-listed-once";
    static final String AT_LEAST_ONE_QUOTA = "at-least-one-quota";
    static final String QUOTA_NOT_NEGATIVE = "quota-not-negative";
    static final String ONE_QUOTA_PER_TRACK_AND_INTAKE = "one-quota-per-track-and-intake-year";
    static final String QUOTA_STANDING_OR_PER_YEAR = "quota-standing-or-per-year";
    static final String BENCHMARK_FOR_A_LISTED_OCCUPATION = "benchmark-for-a-listed-occupation";
    static final String ONE_BENCHMARK_PER_OCCUPATION_AND_REGION = "one-benchmark-per-occupation-and-region";
    static final String BENCHMARK_ABOVE_ZERO = "benchmark-above-zero";

    private SchemeDefinitionPolicy() {
    }

    static void check(SchemeTerms terms) {
        if (terms.origin().equals(terms.destination())) {
            throw new RuleViolation("destinationCountry", ORIGIN_DIFFERS_FROM_DESTINATION,
                    "the country of destination must differ from the country of origin (" + terms.origin()
                            + "); choose the country where the trainees will work");
        }
        Set<String> codes = checkOccupations(terms.occupations());
        checkQuotas(terms.quotas());
        checkBenchmarks(terms.benchmarkWages(), codes);
    }

    private static Set<String> checkOccupations(List<Occupation> occupations) {
        if (occupations.isEmpty()) {
            throw new RuleViolation("occupations", AT_LEAST_ONE_OCCUPATION,
                    "a scheme trains for at least one occupation; add the ISCO-08 unit group it trains for");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < occupations.size(); i++) {
            Occupation occupation = occupations.get(i);
            String at = "occupations[" + i + "]";
            if (!codes.add(occupation.code().value())) {
                throw new RuleViolation(at + ".iscoCode", OCCUPATION_LISTED_ONCE,
                        "occupation " + occupation.code() + " is listed twice; list each occupation once");
            }
            if (occupation.monthlyWageFloor().isZero()) {
                throw new RuleViolation(at + ".monthlyWageFloor", WAGE_FLOOR_ABOVE_ZERO,
                        "the wage floor of occupation " + occupation.code()
                                + " must be above zero; enter the destination's minimum monthly gross wage");
            }
            Set<String> skills = new HashSet<>();
            for (int j = 0; j < occupation.requiredSkills().size(); j++) {
                RequiredSkill skill = occupation.requiredSkills().get(j);
                if (!skills.add(skill.skillCode())) {
                    throw new RuleViolation(at + ".requiredSkills[" + j + "].skillCode", SKILL_LISTED_ONCE,
                            "skill " + skill.skillCode() + " is required twice for occupation " + occupation.code()
                                    + "; list each skill once, at the level the standard requires");
                }
            }
        }
        return codes;
    }

    private static void checkQuotas(List<TrackQuota> quotas) {
        if (quotas.isEmpty()) {
            throw new RuleViolation("quotas", AT_LEAST_ONE_QUOTA,
                    "a scheme sets a quota for at least one track; add the places of the AWAY or HOME track");
        }
        Set<String> keys = new HashSet<>();
        Map<Object, Boolean> perYearByTrack = new HashMap<>();
        for (int i = 0; i < quotas.size(); i++) {
            TrackQuota quota = quotas.get(i);
            String at = "quotas[" + i + "]";
            if (quota.places() < 0) {
                throw new RuleViolation(at + ".places", QUOTA_NOT_NEGATIVE,
                        "the quota of track " + quota.track() + " cannot be negative; enter 0 or more places");
            }
            Boolean perYear = perYearByTrack.putIfAbsent(quota.track(), quota.intakeYear() != null);
            if (perYear != null && perYear != (quota.intakeYear() != null)) {
                throw new RuleViolation(at + ".intakeYear", QUOTA_STANDING_OR_PER_YEAR,
                        "track " + quota.track() + " has both a quota for every intake and one per intake year; "
                                + "give every quota of the track an intake year, or none");
            }
            if (!keys.add(quota.track() + "/" + quota.intakeYear())) {
                throw new RuleViolation(at + ".track", ONE_QUOTA_PER_TRACK_AND_INTAKE,
                        "track " + quota.track() + (quota.intakeYear() == null ? "" : " in " + quota.intakeYear())
                                + " has two quotas; a track has one quota per intake year: merge them into one");
            }
        }
    }

    private static void checkBenchmarks(List<BenchmarkWage> benchmarks, Set<String> occupationCodes) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            BenchmarkWage benchmark = benchmarks.get(i);
            String at = "benchmarkWages[" + i + "]";
            if (!occupationCodes.contains(benchmark.code().value())) {
                throw new RuleViolation(at + ".iscoCode", BENCHMARK_FOR_A_LISTED_OCCUPATION,
                        "occupation " + benchmark.code() + " has a benchmark wage but the scheme does not train for "
                                + "it; add the occupation or remove its benchmark");
            }
            if (!keys.add(benchmark.code() + "/" + benchmark.region())) {
                throw new RuleViolation(at + ".region", ONE_BENCHMARK_PER_OCCUPATION_AND_REGION,
                        "occupation " + benchmark.code() + " has two benchmark wages in region " + benchmark.region()
                                + "; keep one per occupation and region");
            }
            if (benchmark.monthlyWage().isZero()) {
                throw new RuleViolation(at + ".monthlyWage", BENCHMARK_ABOVE_ZERO,
                        "the benchmark wage of occupation " + benchmark.code() + " in " + benchmark.region()
                                + " must be above zero; enter what national workers earn there");
            }
        }
    }
}
