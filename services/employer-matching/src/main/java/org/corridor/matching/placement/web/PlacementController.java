package org.corridor.matching.placement.web;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.scheme.query.SchemeAdministrators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.web.PageOf;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.placement.api.Commands;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.SharedContact;
import org.corridor.matching.placement.api.SignedContract;
import org.corridor.matching.placement.query.PlacementProjection;
import org.corridor.matching.placement.query.PlacementView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Offers, and the placements accepted offers become: each side sees and answers only its own. */
@RestController
@Validated
class PlacementController {

    private final CommandGateway commands;
    private final PlacementProjection placements;
    private final EventStore events;
    private final SchemeAdministrators administrators;
    private final AccessLog accessLog;

    PlacementController(CommandGateway commands, PlacementProjection placements, EventStore events,
                        SchemeAdministrators administrators, AccessLog accessLog) {
        this.commands = commands;
        this.placements = placements;
        this.events = events;
        this.administrators = administrators;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Offer a position of your open job order to a candidate from its shortlist",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject("{\"personId\": \"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\"}"))))
    @PostMapping("/job-orders/{jobOrderId}/offers")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Map<String, String>> offer(Caller caller, @PathVariable String jobOrderId,
                                              @Valid @RequestBody Requests.OfferRequest request) {
        String offerId = "of-" + UUID.randomUUID();
        commands.sendAndWait(new Commands.MakeOffer(offerId, jobOrderId, org(caller), request.personId()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/offers/{id}")
                .buildAndExpand(offerId).toUri()).body(Map.of("offerId", offerId));
    }

    @Operation(summary = "Your offers and placements, a page at a time (an employer's or a worker's own)")
    @GetMapping("/offers")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'WORKER')")
    PageOf<PlacementView> list(Caller caller, @RequestParam(required = false) String status,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String employerId = isWorker(caller) ? null : org(caller);
        String personId = isWorker(caller) ? person(caller) : null;
        List<PlacementView> items = placements.list(employerId, personId, status, page, size);
        shown(caller, items, "offer or placement in your list of offers");
        return new PageOf<>(items, page, size, placements.count(employerId, personId, status));
    }

    @Operation(summary = "An offer or placement of yours, with its terms, changes of employer, flags and fees")
    @GetMapping("/offers/{offerId}")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'WORKER')")
    PlacementView get(Caller caller, @PathVariable String offerId) {
        PlacementView view = visible(caller, offerId);
        accessLog.record(view.personId(), caller, "offer " + offerId + " with its terms, flags and fees");
        return view;
    }

    @Operation(summary = "Accept an offer, choosing which contact details the employer may see",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject("{\"contact\": {\"email\": \"maria@example.org\"}}"))))
    @PostMapping("/offers/{offerId}/accept")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> accept(Caller caller, @PathVariable String offerId,
                                @Valid @RequestBody Requests.AcceptRequest request) {
        SharedContact contact = request.contact() == null ? null : new SharedContact(request.contact().email(),
                request.contact().phone(), request.contact().postalAddress());
        commands.sendAndWait(new Commands.AcceptOffer(offerId, person(caller), contact));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Decline an offer; it has no effect on any later offer")
    @PostMapping("/offers/{offerId}/decline")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> decline(Caller caller, @PathVariable String offerId,
                                 @Valid @RequestBody(required = false) Requests.ReasonRequest request) {
        commands.sendAndWait(new Commands.DeclineOffer(offerId, person(caller), request == null ? null
                : request.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Withdraw an offer not yet answered")
    @PostMapping("/offers/{offerId}/withdraw")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> withdraw(Caller caller, @PathVariable String offerId,
                                  @Valid @RequestBody(required = false) Requests.ReasonRequest request) {
        commands.sendAndWait(new Commands.WithdrawOffer(offerId, org(caller), request == null ? null
                : request.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The contact details the worker chose to share on accepting (read sealed from the event store)")
    @GetMapping("/placements/{placementId}/contact")
    @PreAuthorize("hasRole('EMPLOYER')")
    SharedContact contact(Caller caller, @PathVariable String placementId) {
        PlacementView placement = visible(caller, placementId);
        accessLog.record(placement.personId(), caller, "contact details you shared on accepting offer "
                + placement.offerId());
        return events.readEvents(placement.offerId()).asStream()
                .filter(m -> m.getPayload() instanceof OfferAccepted)
                .map(m -> ((OfferAccepted) m.getPayload()).contact())
                .filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(new SharedContact(null, null, null));
    }

    @Operation(summary = "Move to another employer's open job order in the same scheme, keeping the placement")
    @PostMapping("/placements/{placementId}/employer-change")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> changeEmployer(Caller caller, @PathVariable String placementId,
                                        @Valid @RequestBody Requests.EmployerChangeRequest request) {
        commands.sendAndWait(new Commands.ChangeEmployer(placementId, person(caller), request.newJobOrderId(),
                request.effectiveFrom()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Report the contract you signed; each term worse than the offer is flagged")
    @PostMapping("/placements/{placementId}/signed-contract")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Void> signed(Caller caller, @PathVariable String placementId,
                                @Valid @RequestBody Requests.SignedContractRequest request) {
        commands.sendAndWait(new Commands.RecordSignedContract(placementId, person(caller), new SignedContract(
                request.monthlyWage(), request.hoursPerWeek(), request.contractMonths(), request.monthlyDeductions(),
                request.housing()), request.signedOn()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Report a recruitment fee or cost you paid: the employer owes it to you until reimbursed")
    @PostMapping("/placements/{placementId}/fees")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Map<String, String>> reportFee(Caller caller,
                                                  @PathVariable String placementId,
                                                  @Valid @RequestBody Requests.FeeRequest request) {
        String feeId = "fee-" + UUID.randomUUID();
        commands.sendAndWait(new Commands.ReportFeePaid(placementId, person(caller), feeId, request.item(),
                request.amount(), request.paidOn()));
        return ResponseEntity.status(201).body(Map.of("feeId", feeId));
    }

    @Operation(summary = "Record that you reimbursed a fee a worker paid")
    @PostMapping("/placements/{placementId}/fees/{feeId}/reimbursed")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> reimbursed(Caller caller, @PathVariable String placementId,
                                    @PathVariable String feeId) {
        commands.sendAndWait(new Commands.ReimburseFee(placementId, org(caller), feeId, LocalDate.now()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Placements with fees still owed to workers: an employer's own (optionally under one "
            + "scheme), or a scheme's for its administrator (schemeId required)")
    @GetMapping("/owed-fees")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'SCHEME_ADMIN')")
    PageOf<PlacementView> owed(Caller caller, @RequestParam(required = false) String schemeId,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String employerId = roles(caller).contains("EMPLOYER") ? org(caller) : null;
        if (employerId == null) {
            if (schemeId == null) {
                throw new RuleViolation("schemeId", "Name the scheme whose owed fees you want to see: an "
                        + "administrator sees the fees owed under the schemes its organisation administers.");
            }
            administrators.requireAdministers(org(caller), schemeId);
        }
        List<PlacementView> items = placements.owingFees(employerId, schemeId, page, size);
        shown(caller, items, "fees you reported as owed, in the list of owed fees");
        return new PageOf<>(items, page, size, placements.countOwingFees(employerId, schemeId));
    }

    /** One access entry per person shown, however many of the person's offers the page holds. */
    private void shown(Caller caller, List<PlacementView> items, String what) {
        accessLog.recordAll(items.stream().map(PlacementView::personId).distinct().toList(), caller, what);
    }

    private PlacementView visible(Caller caller, String offerId) {
        PlacementView view = placements.find(offerId).orElseThrow(() -> new UnknownToCaller("offer", offerId));
        boolean mine = isWorker(caller) ? view.personId().equals(caller.personId())
                : view.employerId().equals(org(caller));
        if (!mine) {
            throw new UnknownToCaller("offer", offerId);
        }
        return view;
    }

    private static List<String> roles(Caller caller) {
        List<String> roles = caller.roles();
        return roles == null ? List.of() : roles;
    }

    private static boolean isWorker(Caller caller) {
        return roles(caller).contains("WORKER");
    }

    private static String org(Caller caller) {
        return caller.organisation();
    }

    private static String person(Caller caller) {
        String personId = caller.personId();
        if (personId == null) {
            throw new UnknownToCaller("offer", "(no person in your token)");
        }
        return personId;
    }
}
