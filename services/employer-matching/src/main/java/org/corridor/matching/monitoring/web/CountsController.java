package org.corridor.matching.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.placement.query.PlacementProjection;
import org.corridor.matching.scheme.query.SchemeAdministrators;
import org.corridor.kernel.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Counts per scheme for monitors and scheme administrators, from summary documents read by id. */
@RestController
class CountsController {

    private final CandidatePool pool;
    private final PlacementProjection placements;
    private final SchemeAdministrators administrators;

    CountsController(CandidatePool pool, PlacementProjection placements, SchemeAdministrators administrators) {
        this.pool = pool;
        this.placements = placements;
        this.administrators = administrators;
    }

    @Operation(summary = "Counts of a scheme (candidates available, offers, placements, contract substitutions); "
            + "any count under 5 is suppressed; no gender breakdown, the pool holds no gender")
    @GetMapping("/counts/schemes/{schemeId}")
    @PreAuthorize("hasAnyRole('MONITOR', 'SCHEME_ADMIN')")
    SchemeCounts counts(Caller caller, @PathVariable String schemeId) {
        List<String> roles = caller.roles();
        if (roles == null || !roles.contains("MONITOR")) {
            administrators.requireAdministers(caller.organisation(), schemeId);
        }
        var counts = placements.counts(schemeId);
        return new SchemeCounts(schemeId, List.of(
                SchemeCounts.Cell.of("candidatesAvailable", pool.countInScheme(schemeId)),
                SchemeCounts.Cell.of("offersMade", number(counts.get("offersMade"))),
                SchemeCounts.Cell.of("placementsAgreed", number(counts.get("placementsAgreed"))),
                SchemeCounts.Cell.of("contractSubstitutions", number(counts.get("contractSubstitutions")))),
                SchemeCounts.GENDER_NOT_HELD);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
