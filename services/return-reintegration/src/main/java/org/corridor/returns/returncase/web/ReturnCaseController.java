package org.corridor.returns.returncase.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.returns.returncase.api.AssessNeeds;
import org.corridor.returns.returncase.api.Certification;
import org.corridor.returns.returncase.api.CloseReturnCase;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.Need;
import org.corridor.returns.returncase.api.PlanMeasure;
import org.corridor.returns.returncase.api.RecordFollowUp;
import org.corridor.returns.returncase.api.RecordMeasureOutcome;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.Skill;
import org.corridor.returns.returncase.command.OneCasePerReturn;
import org.corridor.returns.returncase.query.ReturnCaseRecords.ReturnCaseRecord;
import org.corridor.returns.returncase.query.ReturnCaseRecords;
import org.corridor.returns.returncase.query.ReturnCaseView;
import org.corridor.returns.returncase.query.ReturnCases;
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

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Return cases: a returnee registers a return and follows their own case; counsellors of the country returned to
 * assess needs, plan measures, record their outcomes and close the case.
 */
@RestController
@RequestMapping("/return-cases")
@Validated
class ReturnCaseController {

    private final CommandGateway commands;
    private final ReturnCaseRecords records;
    private final ReturnCases lists;
    private final OneCasePerReturn cases;
    private final Clock clock;
    private final Accesses accesses;

    ReturnCaseController(CommandGateway commands, ReturnCaseRecords records, ReturnCases lists,
                         OneCasePerReturn cases, Clock clock, Accesses accesses) {
        this.commands = commands;
        this.records = records;
        this.lists = lists;
        this.cases = cases;
        this.clock = clock;
        this.accesses = accesses;
    }

    @Operation(summary = "Register your return, with or without a history on the platform; opens your return case, "
            + "or answers with the case already open for you (201 when it opened, 200 with the open case)")
    @PostMapping
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Map<String, Object>> register(Caller caller,
                                                 @Valid @RequestBody ReturnCaseRequests.Registration request) {
        PersonId returnee = PersonId.of(Scopes.person(caller));
        OneCasePerReturn.Answer answer = cases.register(returnee, returnCaseId -> new RegisterReturn(returnCaseId,
                returnee, request.originCountry(), request.destinationCountry(), request.schemeId(),
                request.returnedOn(), request.gender(), today()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(answer.returnCaseId()).toUri();
        Map<String, Object> body = Map.of("returnCaseId", answer.returnCaseId(), "alreadyOpen", !answer.opened());
        return answer.opened() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @Operation(summary = "Your own return cases")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<ReturnCaseView> mine(Caller caller,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ReturnCases.Listing listing = lists.ofReturnee(Scopes.person(caller), page, size);
        return new PageOf<>(listing.items(), page, size, listing.total());
    }

    @Operation(summary = "Your caseload: return cases of your country, latest return first")
    @GetMapping
    @PreAuthorize("hasRole('COUNSELLOR')")
    PageOf<ReturnCaseView> caseload(Caller caller,
                                    @Parameter(description = "OPEN or CLOSED; both when left out")
                                    @RequestParam(required = false) @Pattern(regexp = "OPEN|CLOSED") String status,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ReturnCases.Listing listing = lists.caseload(Scopes.country(caller), status, page, size);
        accesses.shownInList(caller, listing.items(), ReturnCaseView::returneeId, ReturnCaseView::returnCaseId,
                "return cases in a counsellor's caseload");
        return new PageOf<>(listing.items(), page, size, listing.total());
    }

    @Operation(summary = "A return case with its needs, plan and history: the returnee, or a counsellor of its country")
    @GetMapping("/{returnCaseId}")
    @PreAuthorize("hasAnyRole('WORKER', 'COUNSELLOR')")
    ReturnCaseRecord get(Caller caller, @PathVariable String returnCaseId) {
        return shownTo(caller, returnCaseId);
    }

    @Operation(summary = "Assess the returnee's needs: employment, income, housing, health, family, skills to certify")
    @PostMapping("/{returnCaseId}/needs-assessment")
    @PreAuthorize("hasRole('COUNSELLOR')")
    ReturnCaseRecord assess(Caller caller, @PathVariable String returnCaseId,
                            @Valid @RequestBody ReturnCaseRequests.Assessment request) {
        Caller counsellor = counsellorOf(caller, returnCaseId);
        commands.sendAndWait(new AssessNeeds(returnCaseId, country(counsellor),
                request.needs().stream().map(n -> new Need(n.area(), n.level(), n.note())).toList(), today()));
        return shownTo(counsellor, returnCaseId);
    }

    @Operation(summary = "Add a measure to the reintegration plan, with its owner and due date")
    @PostMapping("/{returnCaseId}/measures")
    @PreAuthorize("hasRole('COUNSELLOR')")
    ResponseEntity<ReturnCaseRecord> plan(Caller caller, @PathVariable String returnCaseId,
                                          @Valid @RequestBody ReturnCaseRequests.Measure request) {
        Caller counsellor = counsellorOf(caller, returnCaseId);
        String measureId = "ms-" + UUID.randomUUID();
        var certification = request.certification();
        commands.sendAndWait(new PlanMeasure(returnCaseId, country(counsellor), measureId, request.type(),
                request.description(), request.owner(), request.dueOn(), request.grant(),
                certification == null ? null : new Certification(certification.iscoCode(),
                        certification.skills().stream().map(s -> new Skill(s.skillCode(), s.label(), s.level()))
                                .toList(),
                        certification.evidenceReferences() == null ? List.of() : certification.evidenceReferences(),
                        certification.countryOfWork()),
                today()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(measureId).toUri()).body(shownTo(counsellor, returnCaseId));
    }

    @Operation(summary = "Record the outcome of a measure")
    @PostMapping("/{returnCaseId}/measures/{measureId}/outcome")
    @PreAuthorize("hasRole('COUNSELLOR')")
    ReturnCaseRecord outcome(Caller caller, @PathVariable String returnCaseId,
                             @PathVariable String measureId, @Valid @RequestBody ReturnCaseRequests.Outcome request) {
        Caller counsellor = counsellorOf(caller, returnCaseId);
        commands.sendAndWait(new RecordMeasureOutcome(returnCaseId, country(counsellor), measureId, request.outcome(),
                request.note(), today()));
        return shownTo(counsellor, returnCaseId);
    }

    @Operation(summary = "Record what a follow-up found, once it has fallen due (3, 6 and 12 months after the return)")
    @PostMapping("/{returnCaseId}/follow-ups/{followUp}")
    @PreAuthorize("hasRole('COUNSELLOR')")
    ReturnCaseRecord followUp(Caller caller, @PathVariable String returnCaseId,
                              @PathVariable FollowUp followUp,
                              @Valid @RequestBody ReturnCaseRequests.FollowUpFindings request) {
        Caller counsellor = counsellorOf(caller, returnCaseId);
        commands.sendAndWait(new RecordFollowUp(returnCaseId, country(counsellor), followUp, request.reached(),
                request.findings(), today()));
        return shownTo(counsellor, returnCaseId);
    }

    @Operation(summary = "Close the case with its outcome, once every measure has one")
    @PostMapping("/{returnCaseId}/closure")
    @PreAuthorize("hasRole('COUNSELLOR')")
    ReturnCaseRecord close(Caller caller, @PathVariable String returnCaseId,
                           @Valid @RequestBody ReturnCaseRequests.Closure request) {
        Caller counsellor = counsellorOf(caller, returnCaseId);
        commands.sendAndWait(new CloseReturnCase(returnCaseId, country(counsellor), request.outcome(), request.note(),
                today()));
        return shownTo(counsellor, returnCaseId);
    }

    private Caller counsellorOf(Caller caller, String returnCaseId) {
        visibleTo(caller, returnCaseId);
        return caller;
    }

    /** The case, if the caller may see it; to anyone else there is no such case, so ids cannot be probed. */
    private ReturnCaseRecord visibleTo(Caller caller, String returnCaseId) {
        ReturnCaseRecord record = records.find(returnCaseId)
                .orElseThrow(() -> new NotFoundException("return case", returnCaseId));
        boolean own = caller.hasRole("WORKER") && record.returneeId().equals(caller.personId());
        boolean ofCountry = caller.hasRole("COUNSELLOR") && record.originCountry().equals(caller.country());
        if (!own && !ofCountry) {
            throw new NotFoundException("return case", returnCaseId);
        }
        return record;
    }

    /** The case as shown to the caller: a counsellor's read is logged for the returnee. */
    private ReturnCaseRecord shownTo(Caller caller, String returnCaseId) {
        ReturnCaseRecord record = visibleTo(caller, returnCaseId);
        accesses.shown(record.returneeId(), caller, "return case " + returnCaseId
                + " with your needs, plan and follow-ups");
        return record;
    }

    private static CountryCode country(Caller counsellor) {
        return CountryCode.of(Scopes.country(counsellor));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
