package org.corridor.returns.benefit.api;

import java.time.Duration;
import java.time.Instant;

/**
 * The destination will be asked where the claim is at {@code dueAt}.
 *
 * @param interval   how long after the last answer; it doubles while the status stays the same
 * @param scheduleId the deadline manager's id of the check
 */
public record ClaimStatusCheckScheduled(String claimId, int check, Instant dueAt, Duration interval,
                                        String scheduleId) {
}
