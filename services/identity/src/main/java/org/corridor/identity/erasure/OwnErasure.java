package org.corridor.identity.erasure;

import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.AccountChanges;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.activation.store.ActivationCodes;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.ErasedItem;
import org.corridor.identity.erasure.api.Outcome;
import org.corridor.identity.throttle.Throttle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What identity itself forgets of a person, at once: the account bound to them (user name, password hash, setup
 * code), the wrong attempts counted under its user name, its history of changes, and every activation code issued
 * to them. Tokens issued before stay valid until they expire (minutes); no new one is issued for the account.
 */
@Component
class OwnErasure {

    static final String ACCOUNT = "ACCOUNT";
    static final String REMOVED = "REMOVED";

    private final Accounts accounts;
    private final AccountChanges changes;
    private final ActivationCodes codes;
    private final Throttle throttle;
    private final Clock clock;

    OwnErasure(Accounts accounts, AccountChanges changes, ActivationCodes codes, Throttle throttle, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.codes = codes;
        this.throttle = throttle;
        this.clock = clock;
    }

    Answer erase(String personId) {
        List<ErasedItem> items = new ArrayList<>();
        Optional<Account> account = accounts.findByPerson(personId);
        if (account.isPresent()) {
            accounts.remove(account.get().username());
            throttle.clear(Throttle.Key.account(account.get().username()));
            changes.remove(account.get().subject());
            items.add(new ErasedItem(ACCOUNT, "your sign-in account: user name, password hash and roles", REMOVED));
            items.add(new ErasedItem(ACCOUNT, "wrong sign-in attempts counted under your user name", REMOVED));
            items.add(new ErasedItem(ACCOUNT, "the history of changes to your account", REMOVED));
        }
        if (codes.eraseOf(personId) > 0) {
            items.add(new ErasedItem(ACCOUNT, "your activation codes (kept only as digests) and when they were "
                    + "issued, used or replaced", REMOVED));
        }
        return new Answer(items.isEmpty() ? Outcome.NOTHING_HELD : Outcome.ERASED, clock.instant(), items, List.of());
    }
}
