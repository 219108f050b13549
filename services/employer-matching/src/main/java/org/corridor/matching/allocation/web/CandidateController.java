package org.corridor.matching.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.web.PageOf;
import org.corridor.matching.allocation.api.StatePreferences;
import org.corridor.matching.allocation.query.AllocationProjection;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.query.JobOrderView;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A worker, as a candidate: what matching holds of it, the orders it may choose from, and its preferences. */
@RestController
@RequestMapping("/candidates/me")
@Validated
class CandidateController {

    private final CommandGateway commands;
    private final AllocationProjection allocations;

    CandidateController(CommandGateway commands, AllocationProjection allocations) {
        this.commands = commands;
        this.allocations = allocations;
    }

    @Operation(summary = "What matching holds of you: occupation, skills, languages, recognition, availability")
    @GetMapping
    @PreAuthorize("hasRole('WORKER')")
    CandidateProfile me(Caller caller) {
        return candidate(caller);
    }

    @Operation(summary = "The open job orders you may list in your preferences, a page at a time")
    @GetMapping("/eligible-job-orders")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<JobOrderView> eligible(Caller caller,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<JobOrderView> all = allocations.eligibleFor(candidate(caller));
        List<JobOrderView> items = all.stream().skip((long) page * size).limit(size).toList();
        return new PageOf<>(items, page, size, all.size());
    }

    @Operation(summary = "State the job orders you would accept, best first (replaces your earlier list)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject("{\"jobOrderIds\": [\"jo-7d2e4b11\", \"jo-8e3f5c22\"]}"))))
    @PutMapping("/preferences")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> prefer(Caller caller, @Valid @RequestBody PreferencesRequest request) {
        commands.sendAndWait(new StatePreferences(person(caller), request.jobOrderIds()));
        return ResponseEntity.noContent().build();
    }

    private CandidateProfile candidate(Caller caller) {
        String personId = person(caller);
        return allocations.candidate(personId).orElseThrow(() -> new UnknownToCaller("candidate", personId));
    }

    static String person(Caller caller) {
        String personId = caller.personId();
        if (personId == null) {
            throw new UnknownToCaller("candidate", "(no person in your token)");
        }
        return personId;
    }
}
