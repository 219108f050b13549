package org.corridor.skills.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.corridor.kernel.audit.CorrelationContext;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.SchemeId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.kernel.web.Problems;
import org.corridor.skills.trainee.web.EnrolmentImportStore.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.InputStream;
import org.corridor.kernel.access.AccessLog;

import java.net.URI;
import java.time.Instant;

/**
 * An agency clerk's CSV upload as a resource to follow: the upload is answered at once with the import's address,
 * and the import shows its rows read, enrolled, already enrolled and refused while it runs, and whether it has
 * finished. Only the agency (organisation) that uploaded it sees it.
 */
@RestController
@Validated
class EnrolmentImportController {

    private final EnrolmentImports imports;
    private final EnrolmentImportStore store;
    private final AccessLog accessLog;

    EnrolmentImportController(EnrolmentImports imports, EnrolmentImportStore store, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.imports = imports;
        this.store = store;
    }

    @Operation(summary = "Upload a CSV file of people to enrol in a scheme (the columns of POST /trainees/bulk/{schemeId}); "
            + "answered at once with the import's address, where its progress, refused rows and result are read",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(value = """
                            fullName;birthDate;phone;email;gender;languages;track;intakeYear;iscoCode;trainingProvider;consent
                            "Santos, Maria";1998-04-17;+63 917 555 0101;;FEMALE;de:A2 en:B2;AWAY;2027;5321;tesda-manila;TRAINING RECOGNITION PLACEMENT"""))),
            responses = @ApiResponse(responseCode = "202", description = "received; follow the Location",
                    content = @Content(examples = @ExampleObject(value = """
                            {"importId": "5b0e8f5e-2c55-4c4e-9a8e-0d1c2b3a4f56", "status": "RECEIVED",
                             "location": "/enrolment-imports/5b0e8f5e-2c55-4c4e-9a8e-0d1c2b3a4f56"}"""))))
    @PostMapping("/schemes/{schemeId}/enrolment-imports")
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    ResponseEntity<Received> upload(@PathVariable SchemeId schemeId, InputStream body, Caller caller) {
        String importId = imports.receive(schemeId, body, caller, CorrelationContext.currentOrNew());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/enrolment-imports/{id}")
                .buildAndExpand(importId).toUri();
        return ResponseEntity.accepted().location(location)
                .body(new Received(importId, EnrolmentImportStore.Status.RECEIVED.name(), location.getPath()));
    }

    record Received(String importId, String status, String location) {
    }

    @Operation(summary = "Where an import stands: rows read, enrolled, already enrolled (a file uploaded again), "
            + "refused, whether it has finished; with one page of its rows of one outcome (REFUSED unless asked: "
            + "line, field and reason of each problem). To follow an import while it runs, ask with size=0: the "
            + "figures alone, without rows, answered at once however large the import",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"importId": "5b0e8f5e-2c55-4c4e-9a8e-0d1c2b3a4f56", "schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00",
                     "status": "RUNNING", "finished": false, "receivedAt": "2026-11-23T09:15:00Z",
                     "updatedAt": "2026-11-23T09:15:07Z", "finishedAt": null, "rowsRead": 4200, "enrolled": 4111,
                     "alreadyEnrolled": 5, "refused": 84, "lastLine": 4201, "failure": null,
                     "rows": {"items": [{"line": 17, "outcome": "REFUSED", "personId": null,
                       "problems": [{"field": "birthDate", "reason": "must be a date as YYYY-MM-DD, such as 1998-04-17"}]}],
                       "page": 0, "size": 50, "total": 84}}"""))))
    @GetMapping("/enrolment-imports/{importId}")
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    ImportView get(@PathVariable String importId,
                   @RequestParam(defaultValue = "REFUSED") Outcome rows,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "50") @Min(0) @Max(500) int size,
                   Caller caller) {
        EnrolmentImportStore.Progress progress = own(importId, caller);
        PageOf<EnrolmentImportStore.Row> shown = size == 0 ? null : store.rows(importId, rows, page, size);
        if (shown != null) {
            accessLog.recordAll(shown.items().stream().map(EnrolmentImportStore.Row::personId).distinct().toList(),
                    caller, "row of an enrolment import");
        }
        return new ImportView(progress.importId(), progress.schemeId(), progress.status().name(),
                progress.status() != EnrolmentImportStore.Status.RECEIVED
                        && progress.status() != EnrolmentImportStore.Status.RUNNING,
                progress.receivedAt(), progress.updatedAt(), progress.finishedAt(), progress.rowsRead(),
                progress.enrolled(), progress.alreadyEnrolled(), progress.refused(), progress.lastLine(),
                progress.failure(), shown);
    }

    record ImportView(String importId, String schemeId, String status, boolean finished, Instant receivedAt,
                      Instant updatedAt, Instant finishedAt, long rowsRead, long enrolled, long alreadyEnrolled,
                      long refused, long lastLine, String failure,
                      @Schema(description = "one page of rows of the outcome asked for; absent when asked with size=0")
                      PageOf<EnrolmentImportStore.Row> rows) {
    }

    @Operation(summary = "The activation codes of the people an import enrolled, for their letters: to the agency "
            + "that uploaded the file only; a code reads as null once it has expired, was replaced by a newer one, or "
            + "the person was erased (state says which)",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"items": [{"line": 2, "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                      "activationCode": "7K3QM9XD2HRT5VWA", "expiresAt": "2026-12-23T09:15:00Z", "state": "VALID"}],
                     "page": 0, "size": 100, "total": 9800}"""))))
    @GetMapping("/enrolment-imports/{importId}/activation-letters")
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    PageOf<EnrolmentImportStore.Letter> letters(@PathVariable String importId,
                                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                                @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
                                                Caller caller) {
        own(importId, caller);
        PageOf<EnrolmentImportStore.Letter> letters = store.letters(importId, page, size, Instant.now());
        accessLog.recordAll(letters.items().stream().map(EnrolmentImportStore.Letter::personId).distinct().toList(),
                caller, "activation code in an enrolment import's letters");
        return letters;
    }

    private EnrolmentImportStore.Progress own(String importId, Caller caller) {
        return store.find(importId).map(EnrolmentImportStore::progress)
                .filter(p -> p.organisation() != null && p.organisation().equals(caller.organisation()))
                .orElseThrow(() -> new NotFoundException("enrolment import your agency uploaded", importId));
    }

    @ExceptionHandler(EnrolmentImports.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(EnrolmentImports.TooLarge ex) {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "File too large",
                ex.getMessage());
        problem.setProperty("field", "file");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }
}
