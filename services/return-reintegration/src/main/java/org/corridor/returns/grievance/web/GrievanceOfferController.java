package org.corridor.returns.grievance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.returns.grievance.api.FileGrievance;
import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.grievance.api.Period;
import org.corridor.returns.grievance.api.Respondent;
import org.corridor.returns.grievance.api.RespondentKind;
import org.corridor.returns.grievance.api.TakeUpOffer;
import org.corridor.returns.grievance.query.GrievanceOfferView;
import org.corridor.returns.grievance.query.GrievanceOffers;
import org.corridor.returns.grievance.query.GrievanceRecords;
import org.corridor.kernel.security.Caller;
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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Grievances prefilled from a contract substitution: the worker reads the offer and files it, or leaves it. */
@RestController
@RequestMapping("/grievance-offers")
@Validated
class GrievanceOfferController {

    private final CommandGateway commands;
    private final GrievanceOffers offers;
    private final GrievanceRecords grievances;
    private final Clock clock;

    GrievanceOfferController(CommandGateway commands, GrievanceOffers offers, GrievanceRecords grievances,
                             Clock clock) {
        this.commands = commands;
        this.offers = offers;
        this.grievances = grievances;
        this.clock = clock;
    }

    @Operation(summary = "Grievances prefilled for you because your signed contract was worse than the offer")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<GrievanceOfferView> mine(Caller caller,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String worker = Scopes.person(caller);
        return new PageOf<>(offers.ofWorker(worker, page, size), page, size, offers.countOfWorker(worker));
    }

    @Operation(summary = "One offer, with the terms that were worse and the grievance as it would be filed")
    @GetMapping("/{offerId}")
    @PreAuthorize("hasRole('WORKER')")
    Draft get(Caller caller, @PathVariable String offerId) {
        GrievanceOffers.Offer offer = own(caller, offerId);
        return new Draft(offer, GrievanceKind.CONTRACT_SUBSTITUTION.name(), account(offer));
    }

    @Operation(summary = "File the prefilled grievance, anonymously towards the employer if you wish")
    @PostMapping("/{offerId}/grievance")
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<Map<String, String>> file(Caller caller, @PathVariable String offerId,
                                             @Valid @RequestBody Filing request) {
        GrievanceOffers.Offer offer = own(caller, offerId);
        PersonId worker = PersonId.of(offer.workerId());
        // Derived from the offer: filing it twice finds the first grievance instead of making a second one.
        String grievanceId = "gr-" + UUID.nameUUIDFromBytes(("offer:" + offerId).getBytes(StandardCharsets.UTF_8));
        if (grievances.find(grievanceId).isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            commands.sendAndWait(new FileGrievance(grievanceId, worker, request.homeCountry(), request.countryOfWork(),
                    new Respondent(RespondentKind.EMPLOYER, offer.employerId()), offer.schemeId(), offer.placementId(),
                    GrievanceKind.CONTRACT_SUBSTITUTION,
                    new Period(request.since() == null ? offer.detectedOn() : request.since(), today),
                    request.amountClaimed(), List.of("placement:" + offer.placementId()), request.answerLanguage(),
                    request.anonymousTowardsEmployer(),
                    request.account() == null || request.account().isBlank() ? account(offer) : request.account(),
                    today));
        }
        if (offer.grievanceId() == null) {
            commands.sendAndWait(new TakeUpOffer(offerId, worker, grievanceId));
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/grievances/{id}").buildAndExpand(grievanceId).toUri())
                .body(Map.of("grievanceId", grievanceId));
    }

    private GrievanceOffers.Offer own(Caller caller, String offerId) {
        String worker = Scopes.person(caller);
        return offers.find(offerId).filter(o -> o.workerId().equals(worker))
                .orElseThrow(() -> new NotFoundException("grievance offer", offerId));
    }

    private static String account(GrievanceOffers.Offer offer) {
        if (offer.worseTerms() == null) {
            return "The contract I signed was worse than the offer I accepted.";
        }
        return "The contract I signed was worse than the offer I accepted: " + offer.worseTerms().stream()
                .map(t -> t.term() + " offered " + t.offered() + ", signed " + t.signed())
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The offer, and the grievance text it would be filed with unless the worker writes their own. */
    record Draft(GrievanceOffers.Offer offer, String kind, String account) {
    }

    @Schema(example = """
            {"homeCountry": "PH", "countryOfWork": "DE", "answerLanguage": "tl", "anonymousTowardsEmployer": true,
             "amountClaimed": {"amount": "1650.00", "currency": "EUR"}}""")
    record Filing(@NotNull CountryCode homeCountry, CountryCode countryOfWork,
                  @NotBlank @Pattern(regexp = "[a-z]{2}") String answerLanguage,
                  @NotNull Boolean anonymousTowardsEmployer, Money amountClaimed, LocalDate since,
                  @Size(max = 10000) String account) {
    }
}
