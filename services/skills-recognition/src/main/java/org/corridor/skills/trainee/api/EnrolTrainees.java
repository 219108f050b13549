package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

import java.util.List;

/**
 * Several enrolments in one scheme, from one agency's file, handled in one unit of work: the scheme is locked once
 * and the events of all of them are committed together (ADR 0022). Each enrolment is refused or enrolled on its
 * own, as if sent alone, in the order given; the answer has one {@link Outcome} for each.
 */
public record EnrolTrainees(SchemeId schemeId, List<EnrolTrainee> enrolments) {

    public EnrolTrainees {
        enrolments = List.copyOf(enrolments);
        if (enrolments.isEmpty()) {
            throw new IllegalArgumentException("an enrolment batch holds at least one enrolment");
        }
        if (enrolments.stream().anyMatch(enrolment -> !enrolment.schemeId().equals(schemeId))) {
            throw new IllegalArgumentException("every enrolment of a batch is in scheme " + schemeId);
        }
    }

    /** What became of one enrolment: {@code refusal} is null when the person was enrolled. */
    public record Outcome(PersonId personId, RuntimeException refusal) {
    }
}
