package org.corridor.skills.recognition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.recognition.api.CompensationMeasure;
import org.corridor.skills.recognition.api.MeasureKind;
import org.corridor.skills.recognition.api.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request bodies of recognition cases. Shape only; the rules live in the RecognitionCase aggregate. */
final class RecognitionRequests {

    private RecognitionRequests() {
    }

    @Schema(example = """
            {"personId": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
             "certificate": {"number": "TESDA-NCII-2026-004711", "issuer": "TESDA", "title": "Caregiving NC II",
                             "issuedOn": "2026-10-30"}}""")
    record Open(@NotNull PersonId personId, @NotNull @Valid CertificateRequest certificate) {
    }

    record CertificateRequest(@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 200) String issuer,
                              @NotBlank @Size(max = 200) String title, @NotNull @PastOrPresent LocalDate issuedOn) {
    }

    @Schema(example = """
            {"outcome": "PARTIAL", "measures": [{"kind": "ADAPTATION_PERIOD", "description": "6 months supervised practice"}],
             "reasons": ["Geriatric care hours below the German standard"]}""")
    record Decision(@NotNull Outcome outcome, @Size(max = 10) List<@Valid @NotNull Measure> measures,
                    @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    record Measure(@Size(max = 64) String measureId, @NotNull MeasureKind kind,
                   @NotBlank @Size(max = 500) String description) {

        CompensationMeasure toMeasure() {
            return new CompensationMeasure(measureId == null ? UUID.randomUUID().toString() : measureId, kind,
                    description.strip());
        }
    }

    record Completion(@NotNull LocalDate completedOn) {
    }

    record Appeal(@NotBlank @Size(max = 2000) String grounds) {
    }

    record AppealDecision(@NotNull Boolean upheld, Outcome outcome, @Size(max = 10) List<@Valid @NotNull Measure> measures,
                          @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    static List<CompensationMeasure> measures(List<Measure> measures) {
        return measures == null ? List.of() : measures.stream().map(Measure::toMeasure).toList();
    }
}
