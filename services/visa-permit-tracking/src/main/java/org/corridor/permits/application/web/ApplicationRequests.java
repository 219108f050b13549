package org.corridor.permits.application.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corridor.permits.application.api.EndReason;
import org.corridor.permits.application.api.Gender;

import java.time.LocalDate;
import java.util.List;

/** Request bodies: shape only. The lifecycle's rules are the application's own. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    record PersonalDetailsRequest(
            @Schema(example = "P1234567A") @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9]+") String passportNumber,
            @Schema(example = "PH", description = "ISO 3166-1 alpha-2") @NotNull @Pattern(regexp = "[A-Z]{2}") String nationality,
            @Schema(example = "1996-04-12") @NotNull @Past LocalDate birthDate,
            @Schema(example = "FEMALE", description = "optional, self-declared; counted, never published") Gender gender) {
    }

    record RejectionRequest(@Schema(example = "the copy is unreadable; send a scan of the photo page")
                            @NotBlank @Size(max = 500) String reason) {
    }

    record ApprovalRequest(@Schema(example = "2027-09-01") @NotNull LocalDate validFrom,
                           @Schema(example = "2029-08-31") @NotNull LocalDate validUntil) {
    }

    record RefusalRequest(@Schema(example = "[\"employment contract below the scheme's wage floor\"]")
                          @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons,
                          @Schema(example = "2027-07-31") @NotNull LocalDate appealBy) {
    }

    record IssueRequest(@Schema(example = "DE-SW-2027-000123") @NotBlank @Size(max = 64) String permitNumber) {
    }

    record RenewalRequest(@Schema(example = "2031-08-31") @NotNull LocalDate validUntil) {
    }

    record EndRequest(@Schema(example = "WORKER_DEPARTED") @NotNull EndReason reason,
                      @Schema(example = "2028-03-31") @NotNull LocalDate endedOn) {
    }
}
