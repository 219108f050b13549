package org.corridor.returns.grievance.api;

import org.corridor.kernel.types.Money;

import java.time.LocalDate;

/** @param totalRecovered everything recovered on this grievance so far, this amount included */
public record RecoveryRecorded(String grievanceId, Money amount, Money totalRecovered, LocalDate recoveredOn) {
}
