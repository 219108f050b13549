package org.corridor.returns.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.corridor.returns.grievance.query.GrievanceStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts for monitors: never a person, and every count under five suppressed. */
@RestController
@RequestMapping("/statistics")
@Validated
class StatisticsController {

    private final GrievanceStatistics grievances;

    StatisticsController(GrievanceStatistics grievances) {
        this.grievances = grievances;
    }

    @Operation(summary = "Grievances by kind and outcome, amounts claimed and recovered per currency; "
            + "counts under 5 suppressed")
    @GetMapping("/grievances")
    @PreAuthorize("hasRole('MONITOR')")
    GrievanceStatistics.Counts grievances(@RequestParam(required = false)
                                          @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String schemeId) {
        return grievances.counts(schemeId, true);
    }
}
