package org.corridor.matching.joborder.web;

import jakarta.validation.constraints.Size;

/** Why the employer pauses, fills or closes an order (optional). */
record StatusChangeRequest(@Size(max = 2000) String reason) {
}
