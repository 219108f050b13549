package org.corridor.matching.joborder.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.web.PageOf;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.joborder.query.JobOrderView;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.RankedCandidate;
import org.corridor.matching.ranking.api.Requirements;
import org.corridor.matching.ranking.command.CandidateScoring;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.List;

/**
 * The shortlist of a job order: candidates ranked with their score explained term by term. It shows pseudonymous
 * person ids and what matching used, never contact details (the pool has none).
 */
@RestController
@Validated
class ShortlistController {

    private final JobOrderReads jobOrders;
    private final CandidatePool pool;
    private final AccessLog accessLog;

    ShortlistController(JobOrderReads jobOrders, CandidatePool pool, AccessLog accessLog) {
        this.jobOrders = jobOrders;
        this.pool = pool;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Ranked candidates for your job order, each score explained term by term (no contact details)")
    @GetMapping("/job-orders/{jobOrderId}/shortlist")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'SCHEME_ADMIN')")
    PageOf<RankedCandidate> shortlist(Caller caller, @PathVariable String jobOrderId,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        JobOrderView order = jobOrders.visibleTo(caller, jobOrderId);
        Requirements requirements = order.requirements();
        Collection<CandidateProfile> candidates = pool.inScheme(order.schemeId());
        CandidateScoring.Shortlist ranked = CandidateScoring.shortlist(candidates, requirements, (page + 1) * size);
        List<RankedCandidate> top = ranked.top();
        List<RankedCandidate> items = top.size() <= page * size ? List.of()
                : top.subList(page * size, Math.min(top.size(), (page + 1) * size));
        accessLog.recordAll(items.stream().map(RankedCandidate::personId).toList(), caller,
                "candidate profile and score in the shortlist of job order " + jobOrderId);
        return new PageOf<>(items, page, size, ranked.eligible());
    }
}
