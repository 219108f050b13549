package org.corridor.returns.erasure.api;

import java.util.List;

/**
 * What this service holds about a person when their erasure is asked for, counted from its lists, and which of
 * their benefit claims the destination has not decided yet.
 *
 * @param sealed          the service holds a key of the person's: values of theirs are sealed in its events, even
 *                        when the lists have not caught up with the records yet
 * @param undecidedClaims claims filed and not yet granted or refused (waiting to be sent, or at the destination)
 */
public record Holdings(int grievances, int grievanceOffers, int returnCases, int benefitClaims, boolean sealed,
                       List<String> undecidedClaims) {

    public Holdings {
        undecidedClaims = undecidedClaims == null ? List.of() : List.copyOf(undecidedClaims);
    }

    public static Holdings none() {
        return new Holdings(0, 0, 0, 0, false, List.of());
    }

    public boolean isEmpty() {
        return !sealed && grievances == 0 && grievanceOffers == 0 && returnCases == 0 && benefitClaims == 0;
    }
}
