package org.corridor.skills.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.SchemeId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.web.Callers;
import org.corridor.skills.recognition.api.Certificate;
import org.corridor.skills.recognition.api.CompleteMeasure;
import org.corridor.skills.recognition.api.DecideAppeal;
import org.corridor.skills.recognition.api.DecideRecognition;
import org.corridor.skills.recognition.api.LodgeAppeal;
import org.corridor.skills.recognition.api.OpenRecognitionCase;
import org.corridor.skills.recognition.query.RecognitionCaseQueries;
import org.corridor.skills.recognition.query.RecognitionCaseView;
import org.corridor.skills.scheme.query.SchemeQueries;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.corridor.skills.trainee.query.TraineeView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/recognition-cases")
@Validated
class RecognitionCaseController {

    private final CommandGateway commands;
    private final RecognitionCaseQueries cases;
    private final TraineeQueries trainees;
    private final SchemeQueries schemes;
    private final AccessLog accessLog;

    RecognitionCaseController(CommandGateway commands, RecognitionCaseQueries cases, TraineeQueries trainees,
                              SchemeQueries schemes, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.commands = commands;
        this.cases = cases;
        this.trainees = trainees;
        this.schemes = schemes;
    }

    @Operation(summary = "Open a recognition case for a trainee's certificate against the scheme's destination "
            + "standard; the certificate is verified with the qualification authority, retried while it is down")
    @PostMapping
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','WORKER')")
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody RecognitionRequests.Open request,
                                             Caller caller) {
        Acting acting = Callers.acting(caller);
        TraineeView trainee = trainees.find(request.personId().value())
                .filter(t -> acting.mayActFor(t.personId(), t.enrollingOrganisation()))
                .orElseThrow(() -> new NotFoundException("trainee you may act for", request.personId()));
        String destination = schemes.find(trainee.schemeId()).map(s -> s.destinationCountry())
                .orElseThrow(() -> new NotFoundException("scheme", trainee.schemeId()));
        String caseId = UUID.randomUUID().toString();
        var c = request.certificate();
        commands.sendAndWait(new OpenRecognitionCase(caseId, request.personId(), SchemeId.of(trainee.schemeId()),
                CountryCode.of(destination), trainee.iscoCode() == null ? null : OccupationCode.of(trainee.iscoCode()),
                new Certificate(c.number().strip(), c.issuer().strip(), c.title().strip(), c.issuedOn()), acting));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(caseId).toUri()).body(Map.of("caseId", caseId));
    }

    @Operation(summary = "A recognition case: verification attempts (last attempt, next retry), the decision in force, "
            + "compensation measures and the history of decisions and appeals")
    @GetMapping("/{caseId}")
    @PreAuthorize("hasAnyRole('RECOGNITION_OFFICER','WORKER','ORIGIN_AGENCY')")
    RecognitionCaseView get(@PathVariable String caseId, Caller caller) {
        Acting acting = Callers.acting(caller);
        RecognitionCaseView found = cases.find(caseId).filter(c -> (acting.is("RECOGNITION_OFFICER")
                        && c.destinationCountry().equals(acting.country()))
                        || trainees.find(c.personId()).filter(t -> acting.mayActFor(t.personId(),
                        t.enrollingOrganisation())).isPresent())
                .orElseThrow(() -> new NotFoundException("recognition case you may see", caseId));
        accessLog.record(found.personId(), caller, "recognition case");
        return found;
    }

    @Operation(summary = "Cases bound for the officer's country, a page at a time, optionally by status")
    @GetMapping
    @PreAuthorize("hasRole('RECOGNITION_OFFICER')")
    PageOf<RecognitionCaseView> list(@RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                     Caller caller) {
        String country = Callers.acting(caller).country();
        List<RecognitionCaseView> shown = cases.ofDestination(country, status, page, size);
        accessLog.recordAll(shown.stream().map(RecognitionCaseView::personId).distinct().toList(), caller,
                "recognition case in the list of cases");
        return new PageOf<>(shown, page, size, cases.countOfDestination(country, status));
    }

    @Operation(summary = "Decide: FULL, PARTIAL with compensation measures, or REFUSED with reasons (recorded as an event)")
    @PostMapping("/{caseId}/decision")
    @PreAuthorize("hasRole('RECOGNITION_OFFICER')")
    ResponseEntity<Void> decide(@PathVariable String caseId, @Valid @RequestBody RecognitionRequests.Decision request,
                                Caller caller) {
        commands.sendAndWait(new DecideRecognition(caseId, request.outcome(), RecognitionRequests.measures(request.measures()),
                request.reasons(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Record a compensation measure as completed; when all are, the recognition becomes full")
    @PostMapping("/{caseId}/measures/{measureId}/completion")
    @PreAuthorize("hasRole('RECOGNITION_OFFICER')")
    ResponseEntity<Void> complete(@PathVariable String caseId, @PathVariable String measureId,
                                  @Valid @RequestBody RecognitionRequests.Completion request,
                                  Caller caller) {
        commands.sendAndWait(new CompleteMeasure(caseId, measureId, request.completedOn(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "The trainee appeals a partial recognition or a refusal")
    @PostMapping("/{caseId}/appeal")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> appeal(@PathVariable String caseId, @Valid @RequestBody RecognitionRequests.Appeal request,
                                Caller caller) {
        commands.sendAndWait(new LodgeAppeal(caseId, request.grounds(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Decide the appeal: upheld with a new outcome, or dismissed with reasons; both decisions stay "
            + "in the history")
    @PostMapping("/{caseId}/appeal-decision")
    @PreAuthorize("hasRole('RECOGNITION_OFFICER')")
    ResponseEntity<Void> decideAppeal(@PathVariable String caseId,
                                      @Valid @RequestBody RecognitionRequests.AppealDecision request,
                                      Caller caller) {
        commands.sendAndWait(new DecideAppeal(caseId, request.upheld(), request.outcome(),
                RecognitionRequests.measures(request.measures()), request.reasons(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }
}
