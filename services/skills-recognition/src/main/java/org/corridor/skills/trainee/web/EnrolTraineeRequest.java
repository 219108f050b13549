package org.corridor.skills.trainee.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.Gender;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an origin agency sends to enrol one person. Shape only; the enrolment rules live in the Trainee aggregate. */
@Schema(example = """
        {"schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", "fullName": "Maria Santos", "birthDate": "1998-04-17",
         "phone": "+63 917 555 0101", "email": "maria@example.org", "gender": "FEMALE",
         "languages": [{"language": "de", "level": "A2"}, {"language": "en", "level": "B2"}],
         "track": "AWAY", "intakeYear": 2027, "iscoCode": "5321", "trainingProvider": "tesda-manila",
         "consentPurposes": ["TRAINING", "RECOGNITION", "PLACEMENT"]}""")
public record EnrolTraineeRequest(
        @NotNull SchemeId schemeId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 40) String phone,
        @Email @Size(max = 200) String email,
        Gender gender,
        @Size(max = 20) List<@Valid @NotNull Language> languages,
        @NotNull Track track,
        @Min(2000) @Max(2100) Integer intakeYear,
        OccupationCode iscoCode,
        @Size(max = 64) String trainingProvider,
        @NotEmpty Set<@NotNull ConsentPurpose> consentPurposes) {

    public record Language(@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de")
                           String language, @NotNull CefrLevel level) {
    }
}
