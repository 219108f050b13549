package org.corridor.returns.benefit.adapter;

import org.corridor.kernel.types.Money;
import org.corridor.returns.benefit.api.DestinationStatus;

import java.time.LocalDate;
import java.util.List;

/** What came of sending a claim to the destination's social-security system. */
sealed interface DestinationAnswer {

    /** Received (now or on an earlier call with the same idempotency key) under the destination's reference. */
    record Received(String reference, String status) implements DestinationAnswer {
    }

    /** Refused as it stands (4xx): sending it again would not help. */
    record Refused(String reason) implements DestinationAnswer {
    }

    /** Where a received claim is at the destination: the amount for a grant, the reasons for a refusal. */
    record Status(DestinationStatus status, Money grantedAmount, List<String> reasons, LocalDate decidedOn)
            implements DestinationAnswer {
    }

    /**
     * Answered without a status that can be taken (an unknown reference, an unknown status, a grant without its
     * amount): nothing is recorded and the claim is asked about again later, without holding other claims back.
     */
    record NoStatus(String reason) implements DestinationAnswer {
    }

    /** No answer now (errors, timeouts, an open circuit): the claim waits and is sent again later. */
    record Unavailable(String reason) implements DestinationAnswer {
    }
}
