package org.corridor.returns.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.returns.benefit.api.BenefitKind;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.benefit.query.BenefitClaimView;
import org.corridor.returns.benefit.query.BenefitClaims;
import org.corridor.returns.web.Accesses;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Benefit portability: a returnee claims the rights earned abroad and follows the claim. */
@RestController
@RequestMapping("/benefit-claims")
@Validated
class BenefitClaimController {

    private final CommandGateway commands;
    private final BenefitClaims claims;
    private final Clock clock;
    private final Accesses accesses;

    BenefitClaimController(CommandGateway commands, BenefitClaims claims, Clock clock, Accesses accesses) {
        this.commands = commands;
        this.claims = claims;
        this.clock = clock;
        this.accesses = accesses;
    }

    @Operation(summary = "Claim the transfer of contributions or pension rights earned abroad; it is sent to the "
            + "destination's social-security system, and waits there when that system is down")
    @PostMapping
    @PreAuthorize("hasRole('WORKER')")
    ResponseEntity<BenefitClaimView> file(Caller caller, @Valid @RequestBody Claim request) {
        String claimId = "bc-" + UUID.randomUUID();
        commands.sendAndWait(new FileBenefitClaim(claimId, PersonId.of(Scopes.person(caller)),
                request.originCountry(), request.destinationCountry(), request.kind(), request.insuredFrom(),
                request.insuredUntil(), request.foreignInsuranceNumber(), request.returnCaseId(), LocalDate.now(clock)));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(claimId).toUri()).body(claims.find(claimId).orElseThrow());
    }

    @Operation(summary = "Your benefit claims and where each one is")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('WORKER')")
    PageOf<BenefitClaimView> mine(Caller caller,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String returnee = Scopes.person(caller);
        return new PageOf<>(claims.ofReturnee(returnee, page, size), page, size, claims.countOfReturnee(returnee));
    }

    @Operation(summary = "Benefit claims of returnees to your country, latest first, and where each one is; the "
            + "amount granted and the reasons of a refusal are on the claim itself")
    @GetMapping
    @PreAuthorize("hasRole('COUNSELLOR')")
    PageOf<BenefitClaimView> ofCountry(Caller caller,
                                       @Parameter(description = "one status (AWAITING_SUBMISSION, "
                                               + "RECEIVED_BY_DESTINATION, REFUSED_BY_DESTINATION, UNDER_REVIEW, "
                                               + "GRANTED, REFUSED); all when left out")
                                       @RequestParam(required = false) ClaimStatus status,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String country = Scopes.country(caller);
        String wanted = status == null ? null : status.name();
        List<BenefitClaimView> shown = claims.ofCountry(country, wanted, page, size);
        accesses.shownInList(caller, shown, BenefitClaimView::returneeId, BenefitClaimView::claimId,
                "benefit claims in a counsellor's list");
        return new PageOf<>(shown, page, size, claims.countOfCountry(country, wanted));
    }

    @Operation(summary = "A benefit claim: the returnee's own, or one of your country as a counsellor")
    @GetMapping("/{claimId}")
    @PreAuthorize("hasAnyRole('WORKER', 'COUNSELLOR')")
    BenefitClaimView get(Caller caller, @PathVariable String claimId) {
        BenefitClaimView claim = claims.find(claimId)
                .filter(c -> caller.hasRole("WORKER") && c.returneeId().equals(caller.personId())
                        || caller.hasRole("COUNSELLOR") && c.originCountry().equals(caller.country()))
                .orElseThrow(() -> new NotFoundException("benefit claim", claimId));
        accesses.shown(claim.returneeId(), caller, "benefit claim " + claimId + " with the destination's decision");
        return claim;
    }

    @Schema(example = """
            {"originCountry": "PH", "destinationCountry": "DE", "kind": "PENSION_RIGHTS",
             "insuredFrom": "2027-09-01", "insuredUntil": "2029-08-14", "foreignInsuranceNumber": "65 170839 J 003",
             "returnCaseId": "rc-8f9e0d1c"}""")
    record Claim(@NotNull CountryCode originCountry, @NotNull CountryCode destinationCountry,
                 @NotNull BenefitKind kind, @NotNull LocalDate insuredFrom, @NotNull LocalDate insuredUntil,
                 @NotBlank @Size(max = 64) String foreignInsuranceNumber,
                 @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String returnCaseId) {
    }
}
