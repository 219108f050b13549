package org.corridor.skills.scheme.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A scheme as administrators and agencies read it: its terms in force now and every earlier version, so that
 * what a trainee or a job order was checked against stays answerable.
 */
@Document(SchemeView.COLLECTION)
public record SchemeView(@Id String schemeId, String administeringOrganisation, String status, String name,
                         String originCountry, String destinationCountry, String trainingStandard,
                         List<OccupationView> occupations, List<QuotaView> quotas,
                         List<BenchmarkView> benchmarkWages, List<VersionView> versions, String closedOn,
                         String closeReason, Instant definedAt, String definedBy) {

    static final String COLLECTION = "schemes";

    public record OccupationView(String iscoCode, String title, String wageFloorAmount, String wageFloorCurrency,
                                 List<SkillView> requiredSkills) {
    }

    public record SkillView(String skillCode, String label, int level) {
    }

    public record QuotaView(String track, int places, Integer intakeYear) {
    }

    public record BenchmarkView(String iscoCode, String region, String amount, String currency) {
    }

    /** One version of the terms: 0 as defined, then one per amendment, each with when it took effect and why. */
    public record VersionView(int version, String effectiveFrom, String reason, Instant recordedAt, String recordedBy,
                              String name, String trainingStandard, List<OccupationView> occupations,
                              List<QuotaView> quotas, List<BenchmarkView> benchmarkWages) {
    }
}
