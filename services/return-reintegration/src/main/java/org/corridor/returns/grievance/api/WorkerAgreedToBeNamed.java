package org.corridor.returns.grievance.api;

import org.corridor.kernel.types.PersonId;

/** From now on the employer may see who filed this grievance. */
public record WorkerAgreedToBeNamed(String grievanceId, PersonId worker) {
}
