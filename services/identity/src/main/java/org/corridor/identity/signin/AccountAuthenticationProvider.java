package org.corridor.identity.signin;

import org.corridor.identity.account.PasswordHashing;
import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.AccountChange;
import org.corridor.identity.account.store.AccountChanges;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.throttle.Refusals;
import org.corridor.identity.throttle.Throttle;
import org.corridor.identity.throttle.command.Verdict;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Signs a person in with user name and password, slowed and then locked after wrong attempts (per account and per
 * client address, {@link Throttle}). A wrong password and an unknown user name get the same answer and take the same
 * work (a hash is checked either way); an account's state (locked, waiting for approval) is told only to whoever
 * gave its right password. Hashes of an older algorithm are replaced on a successful sign-in.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG = "Wrong user name or password. Check both and try again; after several wrong "
            + "attempts you will have to wait before the next one.";

    private final Accounts accounts;
    private final AccountChanges changes;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final String unknownUserHash;

    AccountAuthenticationProvider(Accounts accounts, AccountChanges changes, PasswordEncoder passwords,
                                  Throttle throttle, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
        this.passwords = passwords;
        this.throttle = throttle;
        this.unknownUserHash = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Throttle.Key accountKey = Throttle.Key.account(username);
        Throttle.Key addressKey = Throttle.Key.address(remoteAddress(authentication));
        admit(accountKey);
        admit(addressKey);
        Optional<Account> found = accounts.find(username);
        String hash = found.map(Account::passwordHash).orElse(null);
        boolean right = passwords.matches(password, hash != null ? hash : unknownUserHash) && hash != null;
        if (!right) {
            Verdict onAccount = throttle.fail(accountKey);
            Verdict onAddress = throttle.fail(addressKey);
            if (!onAccount.allowed() && onAccount.locked()) {
                found.ifPresent(account -> changes.record(account.subject(), AccountChange.bySystem(
                        clock.instant(), "locked until " + onAccount.until() + " after "
                                + onAccount.failures() + " wrong sign-in attempts")));
                throw new LockedException(Refusals.explain(accountKey, onAccount));
            }
            if (!onAddress.allowed() && onAddress.locked()) {
                throw new LockedException(Refusals.explain(addressKey, onAddress));
            }
            throw new BadCredentialsException(WRONG);
        }
        Account account = found.get();
        String whyNot = account.status().whyNotSignIn();
        if (whyNot != null) {
            throw new DisabledException(whyNot);
        }
        throttle.clear(accountKey);
        if (PasswordHashing.upgradeNeeded(passwords, hash)) {
            accounts.save(account.withRehashedPassword(passwords.encode(password)));
        }
        SignedInAccount principal = new SignedInAccount(account.username(), account.subject(), account.roles(),
                account.organisation(), account.country(), account.person());
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    private void admit(Throttle.Key key) {
        Verdict verdict = throttle.admit(key);
        if (!verdict.allowed()) {
            throw new LockedException(Refusals.explain(key, verdict));
        }
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
