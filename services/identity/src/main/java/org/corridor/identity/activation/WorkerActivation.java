package org.corridor.identity.activation;

import org.corridor.identity.account.AccountAdministration;
import org.corridor.identity.account.AccountView;
import org.corridor.identity.account.command.AccountStatus;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.account.command.Roles;
import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.AccountChange;
import org.corridor.identity.account.store.AccountChanges;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.activation.store.ActivationCode;
import org.corridor.identity.activation.store.ActivationCodes;
import org.corridor.identity.throttle.Refusals;
import org.corridor.identity.throttle.Throttle;
import org.corridor.identity.throttle.command.Verdict;
import org.corridor.identity.web.Refused;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A worker activates their own account with the one-time code their origin agency gave them at enrolment: the
 * account is bound to their person id, so their tokens carry it ({@code person}) and they see only their records.
 * A code works once, until it expires, and only while it is the person's newest. Wrong codes count as wrong
 * attempts from the client's address.
 */
@Service
public class WorkerActivation {

    private final ActivationCodes codes;
    private final Accounts accounts;
    private final AccountChanges changes;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final Clock clock;

    public WorkerActivation(ActivationCodes codes, Accounts accounts, AccountChanges changes,
                            PasswordEncoder passwords, Throttle throttle, Clock clock) {
        this.codes = codes;
        this.accounts = accounts;
        this.changes = changes;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Records a code skills-recognition issued. */
    public void issued(String personId, String originCountry, String codeDigest, Instant expiresAt, Instant issuedAt) {
        codes.issued(new ActivationCode(codeDigest, personId, originCountry, issuedAt, expiresAt,
                ActivationCode.State.ISSUED, issuedAt));
    }

    public AccountView activate(String code, String username, String password, String address) {
        Throttle.Key addressKey = Throttle.Key.address(address);
        throttle.requireAdmitted(addressKey);
        if (code == null || OneTimeCode.canonical(code).isEmpty()) {
            throw Refused.invalid("code", "Type the activation code from your enrolment letter.");
        }
        String digest = OneTimeCode.digest(code);
        Instant now = clock.instant();
        ActivationCode found = codes.find(digest).orElse(null);
        String wrong = whyNotUsable(found, now);
        if (wrong != null) {
            Verdict verdict = throttle.fail(addressKey);
            if (!verdict.allowed() && verdict.locked()) {
                throw Refusals.refusal(addressKey, verdict);
            }
            throw Refused.invalid("code", wrong);
        }
        String name = AccountAdministration.validUsername(username);
        AccountAdministration.requireAcceptablePassword("password", name, password);
        accounts.findByPerson(found.personId()).ifPresent(existing -> {
            throw Refused.conflict("already-activated", "You already have an account (user name "
                    + existing.username() + "). Sign in with it; if you forgot its password, ask your agency.");
        });
        if (accounts.find(name).isPresent()) {
            throw Refused.conflict("username-taken", "The user name " + name + " is taken; choose another. Your "
                    + "code is still valid.");
        }
        if (!codes.spend(digest, now)) {
            throw Refused.invalid("code", "This code was just used or replaced. Ask the agency that enrolled you "
                    + "for a new one.");
        }
        Account account = new Account(name, UUID.randomUUID().toString(), passwords.encode(password),
                List.of(Roles.WORKER), null, null, found.personId(), AccountStatus.ACTIVE, null, null, null, null,
                now, "activation");
        if (!accounts.create(account)) {
            codes.unspend(digest);
            throw Refused.conflict("username-taken", "The user name " + name + " is taken; choose another. Your "
                    + "code is still valid.");
        }
        changes.record(account.subject(), AccountChange.byHolder(now, "account made with your activation code",
                account));
        return AccountView.of(account);
    }

    private static String whyNotUsable(ActivationCode code, Instant now) {
        if (code == null) {
            return "This activation code is not right. Check it against your enrolment letter, or ask the agency "
                    + "that enrolled you for a new one.";
        }
        return switch (code.state()) {
            case SPENT -> "This activation code was used already. Sign in with the account you made with it; if it "
                    + "was not you, tell the agency that enrolled you.";
            case SUPERSEDED -> "A newer activation code was issued to you, which replaces this one. Use the code from "
                    + "your newest letter.";
            case ISSUED -> code.expiresAt().isAfter(now) ? null : "This activation code expired on "
                    + code.expiresAt() + ". Ask the agency that enrolled you for a new one.";
        };
    }
}
