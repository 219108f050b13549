package org.corridor.matching.employer.api;

import java.time.LocalDate;

/**
 * One suspension of the employer was lifted. {@code stillSuspendedBy} lists the grievances that still hold a
 * suspension: the employer opens job orders again only when it is empty.
 */
public record SuspensionLifted(String employerId, String grievanceId, String reason, LocalDate resolvedOn,
                               java.util.List<String> stillSuspendedBy) {
}
