package org.corridor.matching.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.access.AccessLog;
import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.allocation.api.RunAllocation;
import org.corridor.matching.allocation.query.AllocationProjection;
import org.corridor.matching.allocation.query.AllocationRunView;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.scheme.query.SchemeAdministrators;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Map;
import java.util.UUID;

/** Scheme administrators run allocations; each candidate reads its own outcome and why. */
@RestController
class AllocationController {

    private final CommandGateway commands;
    private final AllocationProjection allocations;
    private final SchemeAdministrators administrators;
    private final AccessLog accessLog;

    AllocationController(CommandGateway commands, AllocationProjection allocations,
                         SchemeAdministrators administrators, AccessLog accessLog) {
        this.commands = commands;
        this.allocations = allocations;
        this.administrators = administrators;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Allocate the scheme's candidates across its open job orders (stable, worker-proposing)")
    @PostMapping("/schemes/{schemeId}/allocation-runs")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    ResponseEntity<Map<String, String>> run(Caller caller, @PathVariable String schemeId) {
        administrators.requireAdministers(caller.organisation(), schemeId);
        String runId = "run-" + UUID.randomUUID();
        commands.sendAndWait(new RunAllocation(runId, schemeId));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/allocation-runs/{id}").buildAndExpand(runId).toUri()).body(Map.of("runId", runId));
    }

    @Operation(summary = "An allocation run: its inputs, tie-break, assignments and unassigned candidates, explained")
    @GetMapping("/allocation-runs/{runId}")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    AllocationRunView get(Caller caller, @PathVariable String runId) {
        AllocationRunView run = allocations.run(runId).orElseThrow(() -> new UnknownToCaller("allocation run",
                runId));
        administrators.requireAdministers(caller.organisation(), run.schemeId());
        accessLog.recordAll(run.candidates().stream().map(c -> c.personId()).distinct().toList(), caller,
                "your preferences, scores and outcome in allocation run " + runId);
        return run;
    }

    @Operation(summary = "Your own outcome in an allocation run, and why")
    @GetMapping("/allocation-runs/{runId}/me")
    @PreAuthorize("hasRole('WORKER')")
    Object mine(Caller caller, @PathVariable String runId) {
        String personId = CandidateController.person(caller);
        AllocationRunView run = allocations.run(runId).orElseThrow(() -> new UnknownToCaller("allocation run", runId));
        for (AllocationRecorded.Assignment assignment : run.assignments()) {
            if (assignment.personId().equals(personId)) {
                return assignment;
            }
        }
        for (AllocationRecorded.Unassigned unassigned : run.unassigned()) {
            if (unassigned.personId().equals(personId)) {
                return unassigned;
            }
        }
        throw new UnknownToCaller("allocation outcome", runId);
    }
}
