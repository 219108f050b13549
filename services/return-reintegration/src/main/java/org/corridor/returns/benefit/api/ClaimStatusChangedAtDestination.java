package org.corridor.returns.benefit.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The destination's system moved the claim on: under review, granted or refused. The amount granted and the
 * reasons of a refusal are the returnee's, sealed with their key.
 */
public record ClaimStatusChangedAtDestination(String claimId, @DataSubject PersonId returnee,
                                              DestinationStatus status, @PersonalData Money grantedAmount,
                                              @PersonalData List<String> reasons, LocalDate decidedOn,
                                              Instant checkedAt) {
}
