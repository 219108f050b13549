package org.corridor.matching.joborder.query;

import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;
import org.corridor.matching.ranking.api.Requirements;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A job order as its employer and the scheme see it, with the reasons of its last refusal (the order's open terms
 * stay in force when an amendment is refused).
 */
@Document(JobOrderView.COLLECTION)
public record JobOrderView(@Id String jobOrderId, String employerId, String schemeId, String iscoCode,
                           JobOrderStatus status, JobOrderTerms terms, List<RuleBreach> lastRefusal,
                           Instant updatedAt) {

    static final String COLLECTION = "job-orders";

    /** What ranking asks of candidates for this order. */
    public Requirements requirements() {
        return new Requirements(jobOrderId, terms.schemeId(), terms.iscoCode(),
                terms.requiredSkills().stream().map(s -> new Requirements.Skill(s.skillCode(), s.level())).toList(),
                terms.language() == null ? null : terms.language().language(),
                terms.language() == null ? null : terms.language().level(), terms.startDate());
    }
}
