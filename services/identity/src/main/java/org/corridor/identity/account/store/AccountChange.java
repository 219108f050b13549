package org.corridor.identity.account.store;

import java.time.Instant;
import java.util.List;

/**
 * One change to an account, for its holder's right of access: when, what (in words) and who made it (their user id,
 * roles and organisation; the holder themselves for what they did, {@code system:identity} for lock-outs).
 */
public record AccountChange(Instant at, String what, String byUserId, List<String> byRoles, String byOrganisation) {

    public AccountChange {
        byRoles = byRoles == null ? List.of() : List.copyOf(byRoles);
    }

    /** A change the account's holder made themselves. */
    public static AccountChange byHolder(Instant at, String what, Account account) {
        return new AccountChange(at, what, account.subject(), account.roles(), account.organisation());
    }

    /** A change the service made on its own (a lock-out after wrong attempts). */
    public static AccountChange bySystem(Instant at, String what) {
        return new AccountChange(at, what, "system:identity", List.of("SYSTEM"), "identity");
    }
}
