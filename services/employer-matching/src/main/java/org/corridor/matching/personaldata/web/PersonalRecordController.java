package org.corridor.matching.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.kernel.security.Caller;
import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.allocation.api.PreferencesStated;
import org.corridor.matching.allocation.query.AllocationProjection;
import org.corridor.matching.allocation.query.AllocationRunView;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.placement.api.Events.ContractSigned;
import org.corridor.matching.placement.api.Events.ContractSubstitutionDetected;
import org.corridor.matching.placement.api.Events.EmployerChanged;
import org.corridor.matching.placement.api.Events.FeeReimbursed;
import org.corridor.matching.placement.api.Events.FeeReported;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.Events.OfferDeclined;
import org.corridor.matching.placement.api.Events.OfferMade;
import org.corridor.matching.placement.api.Events.OfferWithdrawn;
import org.corridor.matching.placement.query.PlacementProjection;
import org.corridor.matching.placement.query.PlacementView;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A worker's right of access: everything employer-matching holds of the worker, what happened to it and who did it,
 * and who else was shown it. Personal values are opened with the worker's key; once erased they read as null.
 */
@RestController
class PersonalRecordController {

    static final String SERVICE = "employer-matching";

    private final CandidatePool pool;
    private final AllocationProjection allocations;
    private final PlacementProjection placements;
    private final EventStore events;
    private final AccessLog accessLog;

    PersonalRecordController(CandidatePool pool, AllocationProjection allocations, PlacementProjection placements,
                             EventStore events, AccessLog accessLog) {
        this.pool = pool;
        this.allocations = allocations;
        this.placements = placements;
        this.events = events;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Everything employer-matching holds about you, what changed it and who was shown it "
            + "(your own record only)",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    examples = @ExampleObject("""
                            {"service": "employer-matching", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                             "generatedAt": "2026-12-02T10:00:00Z",
                             "data": {"candidate": {"standing": "AVAILABLE", "profile": {"iscoCode": "5321"}},
                                      "preferences": ["jo-7d2e4b11"], "allocationRuns": [],
                                      "offersAndPlacements": [{"offer": {"offerId": "of-1", "status": "ACCEPTED"},
                                        "contactShared": {"email": "maria@example.org"}, "declineReason": null,
                                        "signedContract": null, "feesReported": []}]},
                             "changes": [{"at": "2026-11-30T09:00:00Z", "what": "offer made for job order jo-7d2e4b11",
                                          "byUserId": "hr-emp-1", "byRoles": ["EMPLOYER"], "byOrganisation": "emp-1"}],
                             "accesses": [{"at": "2026-12-01T08:00:00Z", "userId": "hr-emp-1",
                                           "roles": ["EMPLOYER"], "organisation": "emp-1",
                                           "what": "contact details you shared on accepting offer of-1"}]}"""))))
    @GetMapping(path = "/people/{personId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    PersonalRecord record(Caller caller, @PathVariable String personId) {
        if (!personId.equals(caller.personId())) {
            throw new UnknownToCaller("personal record", personId);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        List<PersonalRecord.Change> changes = new ArrayList<>();

        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("standing", pool.standingOf(personId).name());
        candidate.put("profile", pool.find(personId).orElse(null));
        data.put("candidate", candidate);
        data.put("preferences", allocations.preferencesOf(personId).orElse(null));
        data.put("allocationRuns", allocations.runsWith(personId).stream().map(run -> runOf(run, personId)).toList());

        List<Map<String, Object>> offers = new ArrayList<>();
        for (PlacementView offer : placements.list(null, personId, null, 0, 200)) {
            offers.add(offerOf(offer, changes));
        }
        data.put("offersAndPlacements", offers);
        events.readEvents(personId).asStream()
                .filter(m -> m.getPayload() instanceof PreferencesStated)
                .forEach(m -> changes.add(change(m, "preferences stated: "
                        + ((PreferencesStated) m.getPayload()).jobOrderIds().size() + " job orders")));

        changes.sort(Comparator.comparing(PersonalRecord.Change::at));
        return new PersonalRecord(SERVICE, personId, Instant.now(), data, changes, accessLog.of(personId));
    }

    private static Map<String, Object> runOf(AllocationRunView run, String personId) {
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("runId", run.runId());
        mine.put("schemeId", run.schemeId());
        mine.put("ranAt", run.ranAt());
        mine.put("input", run.candidates().stream().filter(c -> c.personId().equals(personId)).findFirst()
                .orElse(null));
        Object outcome = run.assignments().stream().filter(a -> a.personId().equals(personId))
                .map(Object.class::cast).findFirst()
                .orElseGet(() -> run.unassigned().stream().filter(u -> u.personId().equals(personId))
                        .map(AllocationRecorded.Unassigned::explanation).findFirst().orElse(null));
        mine.put("outcome", outcome);
        return mine;
    }

    /** One offer: the view, the personal values from its events (opened with the worker's key), and its changes. */
    private Map<String, Object> offerOf(PlacementView offer, List<PersonalRecord.Change> changes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("offer", offer);
        entry.put("contactShared", null);
        entry.put("declineReason", null);
        entry.put("signedContract", null);
        List<Map<String, Object>> fees = new ArrayList<>();
        events.readEvents(offer.offerId()).asStream().forEach(message -> {
            Object payload = message.getPayload();
            String what;
            if (payload instanceof OfferMade made) {
                what = "offer made for job order " + made.jobOrderId();
            } else if (payload instanceof OfferAccepted accepted) {
                entry.put("contactShared", accepted.contact());
                what = "offer accepted; the contact details you chose shared with employer " + accepted.employerId();
            } else if (payload instanceof OfferDeclined declined) {
                entry.put("declineReason", declined.reason());
                what = "offer declined";
            } else if (payload instanceof OfferWithdrawn) {
                what = "offer withdrawn";
            } else if (payload instanceof EmployerChanged changed) {
                what = "employer changed to " + changed.newEmployerId() + " from " + changed.effectiveFrom();
            } else if (payload instanceof ContractSigned signed) {
                entry.put("signedContract", signed.contract());
                what = "signed contract reported";
            } else if (payload instanceof ContractSubstitutionDetected) {
                what = "signed contract found worse than the offer";
            } else if (payload instanceof FeeReported fee) {
                Map<String, Object> reported = new LinkedHashMap<>();
                reported.put("feeId", fee.feeId());
                reported.put("item", fee.item());
                reported.put("amount", fee.amount());
                reported.put("paidOn", fee.paidOn());
                fees.add(reported);
                what = "fee reported as paid";
            } else if (payload instanceof FeeReimbursed) {
                what = "fee reimbursed by the employer";
            } else {
                return;
            }
            changes.add(change(message, what + " (offer " + offer.offerId() + ")"));
        });
        entry.put("feesReported", fees);
        return entry;
    }

    private static PersonalRecord.Change change(DomainEventMessage<?> message, String what) {
        return PersonalRecord.Change.of(message, what);
    }
}
