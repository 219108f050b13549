package org.corridor.skills.recognition.api;

import org.corridor.kernel.types.PersonId;

public record AppealLodged(String caseId, PersonId personId, Outcome against, String grounds) {
}
