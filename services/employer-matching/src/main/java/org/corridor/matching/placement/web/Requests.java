package org.corridor.matching.placement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What employers and workers send about offers and placements (shape only). */
final class Requests {

    private Requests() {
    }

    record OfferRequest(@NotBlank @Size(max = 64) String personId) {
    }

    record AcceptRequest(@Valid ContactRequest contact) {
    }

    /** The contact details the worker lets the employer see; leave out what it does not want to share. */
    record ContactRequest(@Email @Size(max = 200) String email, @Size(max = 40) String phone,
                          @Size(max = 500) String postalAddress) {
    }

    record ReasonRequest(@Size(max = 2000) String reason) {
    }

    record EmployerChangeRequest(@NotBlank @Size(max = 64) String newJobOrderId, @NotNull LocalDate effectiveFrom) {
    }

    record SignedContractRequest(@NotNull Money monthlyWage, @NotNull @Positive @Max(100) BigDecimal hoursPerWeek,
                                 @NotNull @Positive @Max(120) Integer contractMonths, @NotNull Money monthlyDeductions,
                                 @NotBlank @Size(max = 2000) String housing, @NotNull LocalDate signedOn) {
    }

    record FeeRequest(@NotBlank @Size(max = 200) String item, @NotNull Money amount, @NotNull LocalDate paidOn) {
    }
}
