package org.corridor.identity.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.corridor.identity.web.Refused;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A worker's right of access: everything identity holds about them, who changed it and who was shown it. */
@RestController
class PersonalRecordController {

    private final PersonalRecords records;

    PersonalRecordController(PersonalRecords records) {
        this.records = records;
    }

    @Operation(summary = "Everything the sign-in service holds about you: your account, activation codes' dates, "
            + "erasure requests, what changed and who was shown it", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = """
                    {"service": "identity", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                     "generatedAt": "2026-12-02T10:05:00Z",
                     "data": {"account": {"username": "jose.reyes", "roles": ["WORKER"], "organisation": null,
                       "country": null, "status": "ACTIVE", "createdAt": "2026-11-20T09:12:00Z"},
                      "activations": [{"issuedAt": "2026-11-18T08:00:00Z", "expiresAt": "2026-12-18T08:00:00Z",
                       "state": "SPENT", "changedAt": "2026-11-20T09:12:00Z"}],
                      "erasures": []},
                     "changes": [{"at": "2026-11-20T09:12:00Z", "what": "account made with your activation code",
                       "byUserId": "5b0c...", "byRoles": ["WORKER"], "byOrganisation": null}],
                     "accesses": []}"""))))
    @GetMapping(value = "/people/{personId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    PersonalRecord record(Caller caller, @PathVariable String personId) {
        if (caller.personId() == null || !caller.personId().equals(personId)) {
            throw Refused.forbidden("You can see only your own record: ask for /people/<your person id>/record, "
                    + "as your sign-in names it.");
        }
        return records.of(personId);
    }
}
