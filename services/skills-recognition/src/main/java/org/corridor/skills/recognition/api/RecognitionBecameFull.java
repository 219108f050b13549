package org.corridor.skills.recognition.api;

import org.corridor.kernel.types.PersonId;

/** Every compensation measure of a partial recognition is complete: the recognition is full. */
public record RecognitionBecameFull(String caseId, PersonId personId) {
}
