package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

public record ModuleCompleted(PersonId personId, String moduleCode, String title, LocalDate completedOn,
                              String provider) {
}
