package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

import java.time.Instant;

/**
 * A person was given a code to activate their own account, at enrolment or again later; a newer one replaces every
 * earlier one. Holds only the code's SHA-256 digest.
 */
public record WorkerActivationIssued(PersonId personId, SchemeId schemeId, CountryCode originCountry,
                                     String codeDigest, Instant expiresAt) {
}
