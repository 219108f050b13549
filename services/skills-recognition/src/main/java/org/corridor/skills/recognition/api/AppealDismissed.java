package org.corridor.skills.recognition.api;

import org.corridor.kernel.types.PersonId;

import java.util.List;

public record AppealDismissed(String caseId, PersonId personId, List<String> reasons) {
}
