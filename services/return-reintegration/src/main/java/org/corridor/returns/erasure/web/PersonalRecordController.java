package org.corridor.returns.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.returns.erasure.query.PersonalRecords;
import org.corridor.returns.web.Scopes;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The right of access: a worker downloads what this service holds about them, who changed it and who saw it. */
@RestController
class PersonalRecordController {

    static final String EXAMPLE = """
            {"service": "return-reintegration", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
             "generatedAt": "2026-12-02T10:00:00Z",
             "data": {"grievances": [{"grievanceId": "gr-5b6c", "kind": "UNPAID_WAGES", "status": "TRIAGED",
                                      "account": "No wages paid for October.", "evidenceReferences": ["payslips:ev-1"]}],
                      "grievance offers": [], "return cases": [], "benefit claims": []},
             "changes": [{"at": "2026-11-02T08:00:00Z", "what": "grievance gr-5b6c: grievance filed",
                          "byUserId": "worker-0f1e", "byRoles": ["WORKER"], "byOrganisation": null},
                         {"at": "2026-11-03T09:30:00Z", "what": "grievance gr-5b6c: grievance triaged",
                          "byUserId": "counsellor-1", "byRoles": ["COUNSELLOR"], "byOrganisation": "reintegration-ph"}],
             "accesses": [{"at": "2026-11-03T09:29:00Z", "userId": "counsellor-1", "roles": ["COUNSELLOR"],
                           "organisation": "reintegration-ph", "what": "grievance gr-5b6c with your account"}]}""";

    private final PersonalRecords records;

    PersonalRecordController(PersonalRecords records) {
        this.records = records;
    }

    @Operation(summary = "Everything this service holds about you: your grievances, prefilled grievances, return "
            + "cases and benefit claims, what happened to them and who did it, and who else was shown them",
            responses = @ApiResponse(responseCode = "200", description = "your record",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            examples = @ExampleObject(EXAMPLE))))
    @GetMapping(value = "/people/{personId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    PersonalRecord record(Caller caller, @PathVariable String personId) {
        // Another person's record does not exist for this caller, as another worker's grievance does not.
        if (!personId.equals(Scopes.person(caller))) {
            throw new NotFoundException("record of person", personId);
        }
        return records.of(personId);
    }
}
