package org.corridor.returns.grievance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.Money;
import org.corridor.returns.grievance.api.Priority;

import java.time.LocalDate;
import java.util.List;

/** What a counsellor sends at each step of a grievance. */
final class CounsellorRequests {

    private CounsellorRequests() {
    }

    @Schema(example = "{\"priority\": \"URGENT\", \"note\": \"Passport held by the employer\"}")
    record Triage(@NotNull Priority priority, @Size(max = 2000) String note) {
    }

    @Schema(example = "{\"plan\": \"Ask the employer for the payroll; labour inspectorate in Hamburg\"}")
    record Investigation(@Size(max = 2000) String plan) {
    }

    @Schema(example = "{\"reasons\": [\"Payroll shows no wages paid October to December\"]}")
    record Decision(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 2000) String> reasons) {
    }

    @Schema(example = "{\"amount\": {\"amount\": \"2400.00\", \"currency\": \"EUR\"}, \"recoveredOn\": \"2028-03-01\"}")
    record Recovery(@NotNull Money amount, LocalDate recoveredOn) {
    }

    @Schema(example = "{\"resolution\": \"Unpaid wages of 3 months paid in full, 7,200.00 EUR recovered\"}")
    record Resolution(@NotBlank @Size(max = 2000) String resolution) {
    }

    @Schema(example = "{\"outcome\": \"Worker told in Tagalog by phone on 2028-05-03\"}")
    record Closure(@NotBlank @Size(max = 2000) String outcome) {
    }
}
