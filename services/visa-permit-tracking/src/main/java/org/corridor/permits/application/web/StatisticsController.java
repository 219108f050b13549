package org.corridor.permits.application.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import org.corridor.permits.application.query.PermitStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts for monitors: no person can be singled out. */
@RestController
@Validated
class StatisticsController {

    private final PermitStatistics statistics;

    StatisticsController(PermitStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Days from lodging to decision (50th, 90th, 99th percentile) for a scheme at a post")
    @GetMapping("/statistics/decision-times")
    @PreAuthorize("hasRole('MONITOR')")
    PermitStatistics.DecisionTimes decisionTimes(@RequestParam @NotBlank String schemeId,
                                                 @RequestParam @NotBlank String post) {
        return statistics.decisionTimes(schemeId, post);
    }

    @Operation(summary = "A scheme's applicants by the gender they declared in this service; counts under 5 "
            + "suppressed")
    @GetMapping("/statistics/gender")
    @PreAuthorize("hasRole('MONITOR')")
    PermitStatistics.GenderCounts gender(@RequestParam @NotBlank String schemeId) {
        return statistics.genderCounts(schemeId);
    }
}
