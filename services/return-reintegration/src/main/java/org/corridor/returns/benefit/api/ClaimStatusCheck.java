package org.corridor.returns.benefit.api;

/**
 * The deadline that asks the destination where a received claim is. Pending deadlines store this class's name:
 * keep it.
 *
 * @param check the number of the check on this claim, from 1
 */
public record ClaimStatusCheck(String claimId, int check) {
}
