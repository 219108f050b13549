package org.corridor.skills.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.skills.person.query.PersonalRecords;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's right of access and portability: everything this service holds about them, as one JSON document. */
@RestController
class PersonalRecordController {

    private final PersonalRecords records;

    PersonalRecordController(PersonalRecords records) {
        this.records = records;
    }

    @Operation(summary = "Everything skills-recognition holds about you: your trainee record, training, recognition "
            + "cases with the certificate you gave, certifications of skills gained abroad and enrolment-file rows; "
            + "every change with when and who made it; and who else was shown your records. Only for the person "
            + "signed in (your own person id)",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = """
                            {"service": "skills-recognition", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                             "generatedAt": "2027-03-01T10:00:00Z",
                             "data": {"trainee": {"personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                               "schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", "status": "ENROLLED",
                               "fullName": "Maria Santos", "birthDate": "1998-04-17", "phone": "+63 917 555 0101",
                               "email": null, "gender": "FEMALE", "track": "AWAY"},
                              "training": {"modules": [], "assessments": []},
                              "recognitionCases": [{"case": {"caseId": "c-1", "status": "FULL"},
                                "certificate": {"number": "NC-II-2026-0042", "issuer": "TESDA",
                                  "title": "Caregiving NC II", "issuedOn": "2026-06-30"}}],
                              "skillsCertifications": [], "enrolmentImports": []},
                             "changes": [{"at": "2027-01-10T09:00:00Z", "what": "trainee record: trainee enrolled",
                               "byUserId": "clerk-7", "byRoles": ["ORIGIN_AGENCY"], "byOrganisation": "agency-manila"}],
                             "accesses": [{"at": "2027-02-01T08:30:00Z", "userId": "officer-de-3",
                               "roles": ["RECOGNITION_OFFICER"], "organisation": "anerkennung-de",
                               "what": "recognition case"}]}"""))))
    @GetMapping(value = "/people/{personId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    PersonalRecord record(@PathVariable String personId, Caller caller) {
        if (!personId.equals(caller.personId())) {
            throw new NotFoundException("record of yours", personId);
        }
        return records.of(personId);
    }
}
