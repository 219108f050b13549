package org.corridor.skills.trainee.api;

import java.time.LocalDate;

/** Who the person is, as the enrolling agency recorded it. Sealed with the person's key wherever it is stored. */
public record PersonalDetails(String fullName, LocalDate birthDate, String phone, String email, Gender gender) {
}
