package org.corridor.matching.employer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;

/** What an employer sends to register. The contact is kept sealed and shown to no other party. */
record RegisterEmployerRequest(
        @NotBlank @Size(max = 300) String legalName,
        @NotBlank @Size(max = 64) String registrationNumber,
        @NotNull CountryCode country,
        @NotBlank @Size(max = 200) String sector,
        @NotNull @Valid ContactRequest contact) {

    record ContactRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
                          @Size(max = 40) String phone) {
    }
}
