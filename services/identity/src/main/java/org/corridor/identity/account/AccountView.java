package org.corridor.identity.account;

import org.corridor.identity.account.command.AccountStatus;
import org.corridor.identity.account.store.Account;

import java.time.Instant;
import java.util.List;

/** An account as its administrator sees it: never a hash, a code or a person id. */
public record AccountView(String username, String displayName, List<String> roles, String organisation,
                          String country, AccountStatus status, String administeredBy, Instant createdAt) {

    public static AccountView of(Account account) {
        return new AccountView(account.username(), account.displayName(), account.roles(), account.organisation(),
                account.country(), account.status(), account.administeredBy(), account.createdAt());
    }
}
