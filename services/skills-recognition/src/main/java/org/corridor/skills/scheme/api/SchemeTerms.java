package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.CountryCode;

import java.util.List;

/**
 * The terms of a scheme as a whole, as defined or as amended: its corridor, the training standard, the
 * occupations it trains for (each with the skills it requires and the destination's wage floor), its quotas per
 * track and intake year, and the benchmark wages of national workers per occupation and region.
 */
public record SchemeTerms(String name, CountryCode origin, CountryCode destination, String trainingStandard,
                          List<Occupation> occupations, List<TrackQuota> quotas, List<BenchmarkWage> benchmarkWages) {

    public SchemeTerms {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        benchmarkWages = benchmarkWages == null ? List.of() : List.copyOf(benchmarkWages);
    }

    /** The same terms with the surrounding blanks of free text removed. */
    public SchemeTerms stripped() {
        return new SchemeTerms(name.strip(), origin, destination, trainingStandard.strip(),
                occupations.stream().map(Occupation::stripped).toList(), quotas, benchmarkWages);
    }
}
