package org.corridor.skills.recognition.api;

import org.corridor.kernel.types.PersonId;

import java.util.List;

/** A decision, first or on appeal; a refusal is recorded here with its reasons. */
public record RecognitionDecided(String caseId, PersonId personId, Outcome outcome,
                                 List<CompensationMeasure> measures, List<String> reasons, boolean onAppeal) {
}
