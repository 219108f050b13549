package org.corridor.permits.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.permits.person.query.PersonalRecords;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The worker's right of access: everything this service holds about them, as one document. */
@RestController
class PersonalRecordController {

    private static final String EXAMPLE = """
            {"service":"visa-permit-tracking","personId":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
             "generatedAt":"2026-12-02T10:00:00Z",
             "data":{"permit applications":[{"application":{"applicationId":"app-6f1d0c2e-8c1b-3f55-9a3e-2b7c1d4e5f60",
               "status":"LODGED","post":"de-embassy-manila","personalDetailsAdded":true},
               "personalDetails":{"passportNumber":"P1234567A","nationality":"PH","birthDate":"1996-04-12",
               "gender":"FEMALE"}}],"erasure requests":[]},
             "changes":[{"at":"2026-12-01T09:00:00Z","what":"Passport number, nationality and birth date added",
               "byUserId":"worker-0f1e2d3c","byRoles":["WORKER"],"byOrganisation":""}],
             "accesses":[{"at":"2026-12-01T10:00:00Z","userId":"consul-1","roles":["CONSULATE"],
               "organisation":"de-embassy-manila","what":"permit application app-6f1d0c2e-8c1b-3f55-9a3e-2b7c1d4e5f60"}]}
            """;

    private final PersonalRecords records;

    PersonalRecordController(PersonalRecords records) {
        this.records = records;
    }

    @Operation(summary = "Everything this service holds about you: your permit applications with the details you "
            + "added (shown as erased after an erasure), your erasure requests, every change with who made it, and "
            + "who else was shown your records",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = EXAMPLE))))
    @GetMapping(value = "/people/{personId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    PersonalRecord record(Caller caller, @PathVariable String personId) {
        if (!personId.equals(caller.personId())) {
            // Like another worker's application: not found, so nobody learns whose records exist here.
            throw new NotFoundException("personal record", personId);
        }
        return records.of(personId);
    }
}
