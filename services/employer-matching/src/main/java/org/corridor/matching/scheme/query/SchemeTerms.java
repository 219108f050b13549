package org.corridor.matching.scheme.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The terms of a scheme that matching works within: the corridor, and the wage floor a job order for each
 * occupation must meet.
 */
@Document(SchemeTerms.COLLECTION)
public record SchemeTerms(@Id String schemeId, String name, String originCountry, String destinationCountry,
                          List<OccupationTerms> occupations, List<Quota> quotas, long version, Instant definedAt) {

    static final String COLLECTION = "scheme-terms";

    public record OccupationTerms(String iscoCode, String title, String monthlyWageFloor, String currency) {
    }

    public record Quota(String track, int places) {
    }
}
