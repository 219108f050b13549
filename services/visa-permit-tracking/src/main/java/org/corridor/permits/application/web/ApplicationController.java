package org.corridor.permits.application.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.permits.application.api.ApplicationCommands.AddPersonalDetails;
import org.corridor.permits.application.api.ApplicationCommands.ApproveApplication;
import org.corridor.permits.application.api.ApplicationCommands.EndPermit;
import org.corridor.permits.application.api.ApplicationCommands.IssuePermit;
import org.corridor.permits.application.api.ApplicationCommands.LodgeApplication;
import org.corridor.permits.application.api.ApplicationCommands.RecordDocumentReceived;
import org.corridor.permits.application.api.ApplicationCommands.RefuseApplication;
import org.corridor.permits.application.api.ApplicationCommands.RejectDocument;
import org.corridor.permits.application.api.ApplicationCommands.RenewPermit;
import org.corridor.permits.application.api.ApplicationCommands.VerifyDocument;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.api.DocumentType;
import org.corridor.permits.application.query.ApplicationView;
import org.corridor.permits.application.query.PermitApplications;
import org.corridor.permits.application.query.Timeline;
import org.corridor.permits.application.web.ApplicationRequests.ApprovalRequest;
import org.corridor.permits.application.web.ApplicationRequests.EndRequest;
import org.corridor.permits.application.web.ApplicationRequests.IssueRequest;
import org.corridor.permits.application.web.ApplicationRequests.PersonalDetailsRequest;
import org.corridor.permits.application.web.ApplicationRequests.RefusalRequest;
import org.corridor.permits.application.web.ApplicationRequests.RejectionRequest;
import org.corridor.permits.application.web.ApplicationRequests.RenewalRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Consular officers work the applications of their own post; workers add their details and follow their own.
 * Every command carries the caller's post or person, and the application refuses any other.
 */
@RestController
@Validated
class ApplicationController {

    private final CommandGateway commands;
    private final PermitApplications applications;
    private final Timeline timeline;
    private final AccessLog accessLog;
    private final Clock clock = Clock.systemUTC();

    ApplicationController(CommandGateway commands, PermitApplications applications, Timeline timeline,
                          AccessLog accessLog) {
        this.commands = commands;
        this.applications = applications;
        this.timeline = timeline;
        this.accessLog = accessLog;
    }

    @Operation(summary = "The post's queue: its applications by status, oldest first or by decision deadline; "
            + "conflicts=true lists only those whose decision the immigration system contradicts")
    @GetMapping("/applications")
    @PreAuthorize("hasRole('CONSULATE')")
    PageOf<ApplicationView> queue(Caller caller,
                                  @RequestParam(required = false) ApplicationStatus status,
                                  @RequestParam(defaultValue = "false") boolean conflicts,
                                  @RequestParam(defaultValue = "AGE") PermitApplications.QueueOrder order,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String post = post(caller);
        List<ApplicationView> shown = applications.queue(post, status, conflicts, order, page, size);
        // One entry per worker shown, so each can see that the post's queue showed their application.
        accessLog.recordAll(caller, shown.stream().map(view -> new AccessLog.Shown(view.personId(),
                "permit application " + view.applicationId() + " in the post's queue")).toList());
        return new PageOf<>(shown, page, size, applications.countQueue(post, status, conflicts));
    }

    @Operation(summary = "A worker's own applications and permits")
    @GetMapping("/my/applications")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<ApplicationView> mine(Caller caller,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String person = caller.personId();
        return new PageOf<>(applications.ofPerson(person, page, size), page, size, applications.countOfPerson(person));
    }

    @Operation(summary = "One application: its status, checklist, lodgement progress (last attempt, outcome, next "
            + "retry), the case as the immigration system reports it (status, last and next check, a conflicting "
            + "decision), decision and permit")
    @GetMapping("/applications/{applicationId}")
    @PreAuthorize("hasAnyRole('CONSULATE', 'WORKER')")
    ApplicationView get(Caller caller, @PathVariable String applicationId) {
        ApplicationView view = visibleTo(caller, applicationId);
        accessLog.record(view.personId(), caller, "permit application " + applicationId);
        return view;
    }

    @Operation(summary = "An application's history, from the event store, a page at a time")
    @GetMapping("/applications/{applicationId}/timeline")
    @PreAuthorize("hasAnyRole('CONSULATE', 'WORKER')")
    PageOf<Timeline.Entry> timeline(Caller caller, @PathVariable String applicationId,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ApplicationView view = visibleTo(caller, applicationId);
        accessLog.record(view.personId(), caller, "history of permit application " + applicationId);
        return new PageOf<>(timeline.of(applicationId, page, size), page, size, timeline.count(applicationId));
    }

    @Operation(summary = "The worker adds passport number, nationality and birth date (sealed with their own key)")
    @PutMapping("/applications/{applicationId}/personal-details")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> personalDetails(Caller caller, @PathVariable String applicationId,
                                         @Valid @RequestBody PersonalDetailsRequest request) {
        return done(new AddPersonalDetails(applicationId, requiredPerson(caller), request.passportNumber(),
                request.nationality(), request.birthDate(), request.gender()));
    }

    @Operation(summary = "The consulate records a document of the checklist as received")
    @PostMapping("/applications/{applicationId}/documents/{document}/receipt")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> received(Caller caller, @PathVariable String applicationId,
                                  @PathVariable DocumentType document) {
        return done(new RecordDocumentReceived(applicationId, post(caller), document));
    }

    @Operation(summary = "The consulate verifies a received document")
    @PostMapping("/applications/{applicationId}/documents/{document}/verification")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> verified(Caller caller, @PathVariable String applicationId,
                                  @PathVariable DocumentType document) {
        return done(new VerifyDocument(applicationId, post(caller), document));
    }

    @Operation(summary = "The consulate rejects a received document, saying why")
    @PostMapping("/applications/{applicationId}/documents/{document}/rejection")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> rejected(Caller caller, @PathVariable String applicationId,
                                  @PathVariable DocumentType document, @Valid @RequestBody RejectionRequest request) {
        return done(new RejectDocument(applicationId, post(caller), document, request.reason()));
    }

    @Operation(summary = "The consulate lodges the application; it goes to the immigration system, queued while "
            + "that system is down")
    @PostMapping("/applications/{applicationId}/lodgement")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> lodge(Caller caller, @PathVariable String applicationId) {
        commands.sendAndWait(new LodgeApplication(applicationId, post(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Approve a lodged application, with the permit's validity")
    @PostMapping("/applications/{applicationId}/approval")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> approve(Caller caller, @PathVariable String applicationId,
                                 @Valid @RequestBody ApprovalRequest request) {
        return done(new ApproveApplication(applicationId, post(caller), request.validFrom(),
                request.validUntil()));
    }

    @Operation(summary = "Refuse a lodged application, with reasons and the right-of-appeal date")
    @PostMapping("/applications/{applicationId}/refusal")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> refuse(Caller caller, @PathVariable String applicationId,
                                @Valid @RequestBody RefusalRequest request) {
        return done(new RefuseApplication(applicationId, post(caller), request.reasons(),
                LocalDate.now(clock), request.appealBy()));
    }

    @Operation(summary = "Issue the permit of an approved application")
    @PostMapping("/applications/{applicationId}/issue")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> issue(Caller caller, @PathVariable String applicationId,
                               @Valid @RequestBody IssueRequest request) {
        return done(new IssuePermit(applicationId, post(caller), request.permitNumber()));
    }

    @Operation(summary = "Renew an issued permit to a later end date")
    @PostMapping("/applications/{applicationId}/renewal")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> renew(Caller caller, @PathVariable String applicationId,
                               @Valid @RequestBody RenewalRequest request) {
        return done(new RenewPermit(applicationId, post(caller), request.validUntil()));
    }

    @Operation(summary = "End a permit (cancelled, worker departed) or a refused application after its appeal date")
    @PostMapping("/applications/{applicationId}/end")
    @PreAuthorize("hasRole('CONSULATE')")
    ResponseEntity<Void> end(Caller caller, @PathVariable String applicationId,
                             @Valid @RequestBody EndRequest request) {
        return done(new EndPermit(applicationId, post(caller), request.reason(), request.endedOn()));
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    /** A consulate sees its post's applications, a worker their own; anything else is "not found". */
    private ApplicationView visibleTo(Caller caller, String applicationId) {
        ApplicationView view = applications.find(applicationId)
                .orElseThrow(() -> new NotFoundException("permit application", applicationId));
        boolean consulate = caller.hasRole("CONSULATE") && view.post().equals(post(caller));
        boolean worker = caller.hasRole("WORKER") && view.personId().equals(caller.personId());
        if (!consulate && !worker) {
            throw new NotFoundException("permit application", applicationId);
        }
        return view;
    }

    /** The post a consular officer acts for; a token without one acts for none. */
    private static String post(Caller caller) {
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw new org.corridor.permits.application.api.NotYourApplication("(token names no post)");
        }
        return caller.organisation();
    }

    private static String requiredPerson(Caller caller) {
        String person = caller.personId();
        if (person == null) {
            throw new org.corridor.permits.application.api.NotYourApplication("(token names no person)");
        }
        return person;
    }
}
