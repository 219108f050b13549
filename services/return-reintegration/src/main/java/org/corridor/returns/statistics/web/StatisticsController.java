package org.corridor.returns.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import org.corridor.returns.grievance.query.GrievanceStatistics;
import org.corridor.returns.returncase.query.ReturnStatistics;
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
    private final ReturnStatistics returns;

    StatisticsController(GrievanceStatistics grievances, ReturnStatistics returns) {
        this.grievances = grievances;
        this.returns = returns;
    }

    @Operation(summary = "Returns per scheme or corridor: how cases opened, gender as returnees declared it, measures "
            + "planned and completed, how cases closed; counts under 5 suppressed")
    @GetMapping("/returns")
    @PreAuthorize("hasRole('MONITOR')")
    ReturnStatistics.Counts returns(@RequestParam(required = false)
                                    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String schemeId,
                                    @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}-([A-Z]{2}|unknown)")
                                    String corridor) {
        return returns.counts(schemeId, corridor, true);
    }

    @Operation(summary = "Grievances per scheme or corridor (home country to country of work): by kind and outcome, "
            + "amounts claimed and recovered per currency; counts under 5 suppressed")
    @GetMapping("/grievances")
    @PreAuthorize("hasRole('MONITOR')")
    GrievanceStatistics.Counts grievances(@RequestParam(required = false)
                                          @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String schemeId,
                                          @Parameter(description = "origin-destination, e.g. PH-DE; PH-unknown for "
                                                  + "grievances that did not say where the worker worked")
                                          @RequestParam(required = false)
                                          @Pattern(regexp = "[A-Z]{2}-([A-Z]{2}|unknown)") String corridor) {
        return grievances.counts(schemeId, corridor, true);
    }
}
