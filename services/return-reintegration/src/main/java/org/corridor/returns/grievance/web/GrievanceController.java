package org.corridor.returns.grievance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.returns.grievance.api.AgreeToBeNamed;
import org.corridor.returns.grievance.api.CloseGrievance;
import org.corridor.returns.grievance.api.DismissGrievance;
import org.corridor.returns.grievance.api.FileGrievance;
import org.corridor.returns.grievance.api.GrievanceStatus;
import org.corridor.returns.grievance.api.Period;
import org.corridor.returns.grievance.api.RecordRecovery;
import org.corridor.returns.grievance.api.ResolveGrievance;
import org.corridor.returns.grievance.api.Respondent;
import org.corridor.returns.grievance.api.StartInvestigation;
import org.corridor.returns.grievance.api.SubstantiateGrievance;
import org.corridor.returns.grievance.api.TriageGrievance;
import org.corridor.returns.grievance.query.GrievanceRecords.GrievanceRecord;
import org.corridor.returns.grievance.query.GrievanceRecords;
import org.corridor.returns.grievance.query.GrievanceView;
import org.corridor.returns.grievance.query.Grievances;
import org.corridor.returns.web.Accesses;
import org.corridor.returns.web.Scopes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Grievances: a worker files and follows their own; counsellors of the worker's home country work them; the
 * employer a grievance is against sees that it exists, and who filed it only when the worker agreed.
 */
@RestController
@RequestMapping("/grievances")
@Validated
class GrievanceController {

    private final CommandGateway commands;
    private final GrievanceRecords records;
    private final Grievances grievances;
    private final Clock clock;
    private final Accesses accesses;

    GrievanceController(CommandGateway commands, GrievanceRecords records, Grievances grievances, Clock clock,
                        Accesses accesses) {
        this.commands = commands;
        this.records = records;
        this.grievances = grievances;
        this.clock = clock;
        this.accesses = accesses;
    }

    @Operation(summary = "File a grievance against an employer or recruiter, anonymously towards them if you wish")
    @PostMapping
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Map<String, String>> file(Caller caller,
                                             @Valid @RequestBody FileGrievanceRequest request) {
        String grievanceId = "gr-" + UUID.randomUUID();
        commands.sendAndWait(new FileGrievance(grievanceId, PersonId.of(Scopes.person(caller)),
                request.homeCountry(), request.countryOfWork(),
                new Respondent(request.respondent().kind(), request.respondent().respondentId()),
                request.schemeId(), request.placementId(), request.kind(),
                new Period(request.period().from(), request.period().to()), request.amountClaimed(),
                request.evidenceReferences() == null ? List.of() : request.evidenceReferences(),
                request.answerLanguage(), request.anonymousTowardsEmployer(), request.account(), today()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(grievanceId).toUri()).body(Map.of("grievanceId", grievanceId));
    }

    @Operation(summary = "Your own grievances, newest first, a page at a time")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<GrievanceView> mine(Caller caller,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Grievances.Listing listing = grievances.ofWorker(Scopes.person(caller), page, size);
        return new PageOf<>(listing.items(), page, size, listing.total());
    }

    @Operation(summary = "A grievance with its whole history: the worker who filed it, or a counsellor of their country")
    @GetMapping("/{grievanceId}")
    @PreAuthorize("hasAnyRole('WORKER', 'COUNSELLOR')")
    GrievanceRecord get(Caller caller, @PathVariable String grievanceId) {
        return shownTo(caller, grievanceId);
    }

    @Operation(summary = "Let the employer learn that you filed this grievance (it was anonymous towards them)")
    @PostMapping("/{grievanceId}/agreement-to-be-named")
    @PreAuthorize("hasRole('WORKER')")
    GrievanceRecord agreeToBeNamed(Caller caller, @PathVariable String grievanceId) {
        visibleTo(caller, grievanceId);
        commands.sendAndWait(new AgreeToBeNamed(grievanceId, PersonId.of(Scopes.person(caller))));
        return shownTo(caller, grievanceId);
    }

    @Operation(summary = "Grievances of workers of your country, newest first, optionally in one status")
    @GetMapping
    @PreAuthorize("hasRole('COUNSELLOR')")
    PageOf<GrievanceView> caseload(Caller caller,
                                   @Parameter(description = "only grievances in this status")
                                   @RequestParam(required = false) GrievanceStatus status,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Grievances.Listing listing = grievances.caseload(Scopes.country(caller),
                status == null ? null : status.name(), page, size);
        accesses.shownInList(caller, listing.items(), GrievanceView::workerId, GrievanceView::grievanceId,
                "grievances in a counsellor's caseload");
        return new PageOf<>(listing.items(), page, size, listing.total());
    }

    @Operation(summary = "Grievances against your organisation; the worker is named only if they agreed")
    @GetMapping("/against-us")
    @PreAuthorize("hasRole('EMPLOYER')")
    PageOf<EmployerGrievanceView> againstUs(Caller caller,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String organisation = caller.organisation();
        if (organisation == null || organisation.isBlank()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        Grievances.Listing listing = grievances.against(organisation, page, size);
        // Only a worker who agreed to be named is shown to the employer.
        accesses.shownInList(caller, listing.items(), g -> g.anonymousTowardsEmployer() ? null : g.workerId(),
                GrievanceView::grievanceId, "grievances against your employer, naming you");
        return new PageOf<>(listing.items().stream().map(EmployerGrievanceView::of).toList(), page, size,
                listing.total());
    }

    @Operation(summary = "Triage a filed grievance: set its priority and take it on")
    @PostMapping("/{grievanceId}/triage")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord triage(Caller caller, @PathVariable String grievanceId,
                           @Valid @RequestBody CounsellorRequests.Triage request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new TriageGrievance(grievanceId, country(counsellor), counsellor.userId(),
                request.priority(), request.note()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Start investigating a triaged grievance")
    @PostMapping("/{grievanceId}/investigation")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord investigate(Caller caller, @PathVariable String grievanceId,
                                @Valid @RequestBody CounsellorRequests.Investigation request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new StartInvestigation(grievanceId, country(counsellor), request.plan(), today()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Substantiate a grievance with reasons: the employer is suspended until it is resolved")
    @PostMapping("/{grievanceId}/substantiation")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord substantiate(Caller caller, @PathVariable String grievanceId,
                                 @Valid @RequestBody CounsellorRequests.Decision request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new SubstantiateGrievance(grievanceId, country(counsellor), request.reasons(), today()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Dismiss a grievance, with the reasons the worker is given")
    @PostMapping("/{grievanceId}/dismissal")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord dismiss(Caller caller, @PathVariable String grievanceId,
                            @Valid @RequestBody CounsellorRequests.Decision request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new DismissGrievance(grievanceId, country(counsellor), request.reasons(), today()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Record money recovered for the worker (wages paid, a fee refunded)")
    @PostMapping("/{grievanceId}/recoveries")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord recover(Caller caller, @PathVariable String grievanceId,
                            @Valid @RequestBody CounsellorRequests.Recovery request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new RecordRecovery(grievanceId, country(counsellor), request.amount(),
                request.recoveredOn() == null ? today() : request.recoveredOn()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Resolve a substantiated grievance: lifts the employer's suspension")
    @PostMapping("/{grievanceId}/resolution")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord resolve(Caller caller, @PathVariable String grievanceId,
                            @Valid @RequestBody CounsellorRequests.Resolution request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new ResolveGrievance(grievanceId, country(counsellor), request.resolution(), today()));
        return shownTo(counsellor, grievanceId);
    }

    @Operation(summary = "Close a dismissed or resolved grievance")
    @PostMapping("/{grievanceId}/closure")
    @PreAuthorize("hasRole('COUNSELLOR')")
    GrievanceRecord close(Caller caller, @PathVariable String grievanceId,
                          @Valid @RequestBody CounsellorRequests.Closure request) {
        Caller counsellor = counsellorOf(caller, grievanceId);
        commands.sendAndWait(new CloseGrievance(grievanceId, country(counsellor), request.outcome(), today()));
        return shownTo(counsellor, grievanceId);
    }

    private Caller counsellorOf(Caller caller, String grievanceId) {
        visibleTo(caller, grievanceId);
        return caller;
    }

    /**
     * The grievance, if the caller may see it: the worker who filed it, or a counsellor of the worker's country.
     * Anyone else is told there is no such grievance, so ids cannot be probed.
     */
    private GrievanceRecord visibleTo(Caller caller, String grievanceId) {
        GrievanceRecord record = records.find(grievanceId)
                .orElseThrow(() -> new NotFoundException("grievance", grievanceId));
        boolean own = caller.hasRole("WORKER") && record.workerId().equals(caller.personId());
        boolean ofCountry = caller.hasRole("COUNSELLOR") && record.homeCountry().equals(caller.country());
        if (!own && !ofCountry) {
            throw new NotFoundException("grievance", grievanceId);
        }
        return record;
    }

    /** The grievance as shown to the caller: a counsellor's read is logged for the worker. */
    private GrievanceRecord shownTo(Caller caller, String grievanceId) {
        GrievanceRecord record = visibleTo(caller, grievanceId);
        accesses.shown(record.workerId(), caller, "grievance " + grievanceId + " with your account and evidence");
        return record;
    }

    private static CountryCode country(Caller counsellor) {
        return CountryCode.of(Scopes.country(counsellor));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
