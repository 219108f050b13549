package org.corridor.identity.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.erasure.Erasures;
import org.corridor.identity.erasure.query.Receipt;
import org.corridor.identity.web.Refused;
import org.corridor.kernel.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;

/** A person's request to be forgotten, and its receipt. */
@RestController
class ErasureController {

    static final String RECEIPT_CODE = "Receipt-Code";

    private final Erasures erasures;
    private final Duration tokenLifetime;

    ErasureController(Erasures erasures, IdentityProperties properties) {
        this.erasures = erasures;
        this.tokenLifetime = properties.accessTokenTtl();
    }

    @Schema(description = "Whom to forget: a worker leaves it out (or gives their own); an origin agency names the "
            + "person", example = """
            {"personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"}""")
    record ErasureRequestBody(String personId) {
    }

    @Schema(description = "The request and its receipt; the receipt code is shown once, when the request is made",
            example = """
                    {"erasureId": "e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", "receiptCode": "7K3Q-M9XZ-2B4D-HT6W",
                     "receipt": {"erasureId": "e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", "personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                      "requestedAt": "2026-12-02T10:00:00Z", "requestedBy": "PERSON", "complete": false, "services": []},
                     "next": "Keep the receipt code: it is shown only now. ..."}""")
    record ErasureAnswer(String erasureId, String receiptCode, Receipt receipt, String next) {
    }

    @Operation(summary = "Ask for a person to be forgotten by the whole platform (a worker for themselves, an "
            + "origin agency for a person of its country); the answer holds a one-time receipt code, shown once",
            responses = {
                    @ApiResponse(responseCode = "202", description = "Asked: every service now erases what it holds; "
                            + "the receipt is at the Location"),
                    @ApiResponse(responseCode = "200", description = "A request for this person is still open: its "
                            + "receipt (its code was shown when it was made)")})
    @PostMapping("/erasures")
    @PreAuthorize("hasAnyRole('WORKER', 'ORIGIN_AGENCY')")
    ResponseEntity<ErasureAnswer> request(Caller caller, @RequestBody(required = false) ErasureRequestBody body) {
        Erasures.Asked asked = erasures.request(caller, body == null ? null : body.personId());
        Receipt receipt = asked.receipt();
        URI location = URI.create("/erasures/" + receipt.erasureId());
        if (!asked.created()) {
            return ResponseEntity.ok().location(location).body(new ErasureAnswer(receipt.erasureId(), null, receipt,
                    "A request to forget this person, made at " + receipt.requestedAt() + ", is still open: the "
                            + "services are answering it. Read its receipt at " + location + " with the receipt "
                            + "code given then (header " + RECEIPT_CODE + ")."));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(new ErasureAnswer(
                receipt.erasureId(), asked.receiptCode(), receipt, "Keep the receipt code: it is shown only now. "
                + "Every service of the platform now erases what it holds about the person, and the sign-in "
                + "account is already gone. Read the receipt at " + location + " with the header " + RECEIPT_CODE
                + ": <code>; it is complete when every service has answered. Sign-ins made before stay valid "
                + "until they expire, within " + tokenLifetime.toMinutes() + " minutes."));
    }

    @Operation(summary = "An erasure receipt: what each service erased where, held, or has yet to answer. Give the "
            + "receipt code (no sign-in needed), or sign in as an origin agency of the person's country",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "receipt-code")})
    @GetMapping("/erasures/{erasureId}")
    Receipt receipt(@PathVariable String erasureId,
                    @Parameter(in = ParameterIn.HEADER, name = RECEIPT_CODE, example = "7K3Q-M9XZ-2B4D-HT6W",
                            description = "The receipt code shown once when the erasure was asked for")
                    @RequestHeader(name = RECEIPT_CODE, required = false) String code,
                    HttpServletRequest http) {
        if (code != null && !code.isBlank()) {
            return erasures.receiptWithCode(erasureId, code, http.getRemoteAddr());
        }
        Caller caller = Caller.currentIfAny().orElseThrow(() -> new Refused(HttpStatus.UNAUTHORIZED,
                "unauthenticated", "Unauthorized", "Give the receipt code shown when the erasure was asked for, in "
                + "the header " + RECEIPT_CODE + ", or sign in as an origin agency of the person's country."));
        return erasures.receiptFor(caller, erasureId);
    }
}
