package org.corridor.identity.account;

import org.corridor.identity.account.command.AccountStatus;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.account.command.PasswordRules;
import org.corridor.identity.account.command.Roles;
import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.AccountChange;
import org.corridor.identity.account.store.AccountChanges;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.account.store.Organisation;
import org.corridor.identity.account.store.Organisations;
import org.corridor.identity.throttle.Refusals;
import org.corridor.identity.throttle.Throttle;
import org.corridor.identity.throttle.command.Verdict;
import org.corridor.identity.web.Refused;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.PageOf;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What administrators and people do with accounts: a scheme administrator sets up the accounts of the agencies,
 * providers and officers it administers, locks, unlocks and resets them, and approves the employers of its
 * country; a person sets their password with a one-time code; an employer registers itself.
 */
@Service
@EnableConfigurationProperties(IdentityProperties.class)
public class AccountAdministration {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final String USERNAME_RULE = "must be 3 to 64 characters: letters, digits, '.', '_', '@' or '-', "
            + "starting with a letter or digit";

    private final Accounts accounts;
    private final Organisations organisations;
    private final AccountChanges changes;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    public AccountAdministration(Accounts accounts, Organisations organisations, AccountChanges changes,
                                 PasswordEncoder passwords, Throttle throttle, IdentityProperties properties,
                                 Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.changes = changes;
        this.passwords = passwords;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a scheme administrator asks for: a person of an organisation it administers, with the roles to give. */
    public record NewAccount(String username, String displayName, List<String> roles, String organisation,
                             String country) {
    }

    /** Sets up an account that waits for its password; the code to set it is in the answer, once. */
    public SetupCode create(Caller admin, NewAccount request) {
        String adminOrganisation = organisationOf(admin);
        String username = validUsername(request.username());
        List<String> roles = request.roles() == null ? List.of() : List.copyOf(request.roles());
        if (roles.isEmpty()) {
            throw Refused.invalid("roles", "name at least one role: one of " + Roles.GRANTED_BY_SCHEME_ADMIN);
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw Refused.invalid("roles", "'" + role + "' is not a role of the platform; the roles are "
                        + Roles.ALL);
            }
            if (!Roles.GRANTED_BY_SCHEME_ADMIN.contains(role)) {
                throw Refused.forbidden("A scheme administrator gives only the roles " + Roles.GRANTED_BY_SCHEME_ADMIN
                        + ", not " + role + ". Employers register themselves, workers activate their own account, "
                        + "and other roles are set up by the platform's operator.");
            }
        }
        String organisation = blankToNull(request.organisation());
        if (organisation == null) {
            throw Refused.invalid("organisation", "name the organisation the person acts for");
        }
        String country = blankToNull(request.country());
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw Refused.invalid("country", "must be an ISO 3166 alpha-2 code in capitals, e.g. PH");
        }
        if (country == null && roles.stream().anyMatch(Roles.NEED_COUNTRY::contains)) {
            throw Refused.invalid("country", "the roles " + Roles.NEED_COUNTRY + " act for a country: name it");
        }
        Instant now = clock.instant();
        Organisation recorded = organisations.claimOrGet(new Organisation(organisation, adminOrganisation, country, now));
        if (!adminOrganisation.equals(recorded.administeredBy())) {
            throw Refused.forbidden("The organisation " + organisation + " is administered by another scheme "
                    + "administration; ask its administrator to set up this account.");
        }
        if (!Objects.equals(recorded.country(), country)) {
            throw Refused.invalid("country", "the organisation " + organisation + " is recorded in "
                    + (recorded.country() == null ? "no country" : recorded.country()));
        }
        String code = OneTimeCode.generate();
        Instant expires = now.plus(properties.setupCodeTtl());
        Account account = new Account(username, UUID.randomUUID().toString(), null, roles, organisation, country,
                null, AccountStatus.AWAITING_PASSWORD, adminOrganisation, blankToNull(request.displayName()),
                OneTimeCode.digest(code), expires, now, admin.userId());
        if (!accounts.create(account)) {
            throw Refused.conflict("username-taken", "The user name " + username + " is taken; choose another.");
        }
        changed(account, admin, "account set up with the roles " + String.join(", ", roles)
                + ", waiting for its password");
        return new SetupCode(AccountView.of(account), code, expires, setPasswordNext(username));
    }

    public PageOf<AccountView> list(Caller admin, int page, int size) {
        Criteria administered = Criteria.where("administeredBy").is(organisationOf(admin));
        return new PageOf<>(accounts.page(administered, page, size).stream().map(AccountView::of).toList(), page,
                size, accounts.count(administered));
    }

    public AccountView get(Caller admin, String username) {
        return AccountView.of(administered(admin, username));
    }

    public AccountView lock(Caller admin, String username) {
        Account account = administered(admin, username);
        requireNotSelf(admin, account, "lock");
        Account locked = account.withStatus(AccountStatus.LOCKED);
        accounts.save(locked);
        changed(account, admin, "locked by an administrator");
        return AccountView.of(locked);
    }

    /** Unlocks an account locked by an administrator or by wrong attempts. */
    public AccountView unlock(Caller admin, String username) {
        Account account = administered(admin, username);
        Account unlocked = account;
        if (account.status() == AccountStatus.LOCKED) {
            unlocked = account.withStatus(account.passwordHash() == null ? AccountStatus.AWAITING_PASSWORD
                    : AccountStatus.ACTIVE);
            accounts.save(unlocked);
        }
        throttle.clear(Throttle.Key.account(account.username()));
        changed(account, admin, "unlocked by an administrator, wrong attempts forgotten");
        return AccountView.of(unlocked);
    }

    /** A new one-time code to set the password; the old password keeps working until the code is used. */
    public SetupCode reset(Caller admin, String username) {
        Account account = administered(admin, username);
        String code = OneTimeCode.generate();
        Instant expires = clock.instant().plus(properties.setupCodeTtl());
        Account withCode = account.withSetupCode(OneTimeCode.digest(code), expires);
        accounts.save(withCode);
        changed(account, admin, "a one-time code to reset the password issued");
        return new SetupCode(AccountView.of(withCode), code, expires, setPasswordNext(account.username()));
    }

    /**
     * Sets the password of {@code username} with the one-time code its administrator gave. Wrong codes count as
     * wrong attempts on the account and the address, like wrong passwords.
     */
    public AccountView setPassword(String username, String code, String newPassword, String address) {
        if (blankToNull(username) == null) {
            throw Refused.invalid("username", "Name the account whose password you set.");
        }
        if (blankToNull(code) == null) {
            throw Refused.invalid("code", "Type the one-time code your administrator gave you.");
        }
        Throttle.Key accountKey = Throttle.Key.account(username);
        Throttle.Key addressKey = Throttle.Key.address(address);
        throttle.requireAdmitted(addressKey);
        throttle.requireAdmitted(accountKey);
        Account account = accounts.find(username).orElse(null);
        Instant now = clock.instant();
        boolean right = account != null && account.setupCodeDigest() != null
                && sameDigest(account.setupCodeDigest(), OneTimeCode.digest(code))
                && account.setupCodeExpiresAt() != null && account.setupCodeExpiresAt().isAfter(now);
        if (!right) {
            Verdict verdict = throttle.fail(accountKey);
            throttle.fail(addressKey);
            if (!verdict.allowed() && verdict.locked()) {
                throw Refusals.refusal(accountKey, verdict);
            }
            throw Refused.invalid("code", "This code is wrong, already used or expired. Check the user name and "
                    + "the code, or ask your administrator for a new code.");
        }
        requireAcceptablePassword("newPassword", account.username(), newPassword);
        Account updated = account.withChosenPassword(passwords.encode(newPassword));
        accounts.save(updated);
        throttle.clear(accountKey);
        changes.record(account.subject(), AccountChange.byHolder(now, "password set with a one-time code", account));
        return AccountView.of(updated);
    }

    /** What an employer gives to register. */
    public record EmployerRegistration(String username, String password, String companyName, String country) {
    }

    /** An employer's own account, waiting for a scheme administrator of its country to approve it. */
    public AccountView registerEmployer(EmployerRegistration registration) {
        String username = validUsername(registration.username());
        String company = blankToNull(registration.companyName());
        if (company == null || company.length() > 200) {
            throw Refused.invalid("companyName", "name the company as registered, at most 200 characters");
        }
        String country = blankToNull(registration.country());
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw Refused.invalid("country", "must be the ISO 3166 alpha-2 code of the country the company "
                    + "employs in, in capitals, e.g. DE");
        }
        requireAcceptablePassword("password", username, registration.password());
        Account account = new Account(username, UUID.randomUUID().toString(),
                passwords.encode(registration.password()), List.of(Roles.EMPLOYER),
                "employer-" + UUID.randomUUID(), country, null, AccountStatus.PENDING_APPROVAL, null, company, null,
                null, clock.instant(), username);
        if (!accounts.create(account)) {
            throw Refused.conflict("username-taken", "The user name " + username + " is taken; choose another.");
        }
        changes.record(account.subject(), AccountChange.byHolder(account.createdAt(),
                "employer registered, waiting for approval", account));
        return AccountView.of(account);
    }

    /**
     * Employers of the administrator's country waiting for approval; none for an administrator whose token names no
     * country, since employers are approved by the scheme administration of the country they employ in.
     */
    public PageOf<AccountView> pendingEmployers(Caller admin, int page, int size) {
        if (admin.country() == null || admin.country().isBlank()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        Criteria pending = Criteria.where("status").is(AccountStatus.PENDING_APPROVAL.name())
                .and("country").is(admin.country());
        return new PageOf<>(accounts.page(pending, page, size).stream().map(AccountView::of).toList(), page, size,
                accounts.count(pending));
    }

    /** Approves an employer of the administrator's own country, which can then sign in. */
    public AccountView approveEmployer(Caller admin, String username) {
        Account account = accounts.find(username)
                .filter(found -> found.hasRole(Roles.EMPLOYER) && found.status() == AccountStatus.PENDING_APPROVAL)
                .orElseThrow(() -> Refused.notFound("No employer registration " + Accounts.normalise(username)
                        + " waits for approval; see GET /employer-registrations for those that do."));
        if (!countryOf(admin).equals(account.country())) {
            throw Refused.forbidden("This employer registered in " + account.country() + "; a scheme administrator "
                    + "of " + account.country() + " approves it.");
        }
        Account approved = account.approvedBy(organisationOf(admin));
        accounts.save(approved);
        changed(account, admin, "approved by a scheme administrator");
        return AccountView.of(approved);
    }

    private void changed(Account account, Caller admin, String what) {
        changes.record(account.subject(), new AccountChange(clock.instant(), what, admin.userId(), admin.roles(),
                admin.organisation()));
    }

    private Account administered(Caller admin, String username) {
        String organisation = organisationOf(admin);
        return accounts.find(username).filter(account -> organisation.equals(account.administeredBy()))
                .orElseThrow(() -> Refused.notFound("No account " + Accounts.normalise(username) + " among those "
                        + "your organisation administers; see GET /accounts for them."));
    }

    private static void requireNotSelf(Caller admin, Account account, String action) {
        if (account.subject().equals(admin.userId())) {
            throw Refused.forbidden("You cannot " + action + " your own account; ask another administrator.");
        }
    }

    private static String organisationOf(Caller admin) {
        if (admin.organisation() == null || admin.organisation().isBlank()) {
            throw Refused.forbidden("Your token names no organisation (claim org), so there are no accounts you "
                    + "administer; sign in again with your administrator account.");
        }
        return admin.organisation();
    }

    private static String countryOf(Caller admin) {
        if (admin.country() == null || admin.country().isBlank()) {
            throw Refused.forbidden("Your token names no country (claim country); employers are approved by a "
                    + "scheme administrator of the country they employ in.");
        }
        return admin.country();
    }

    /** The user name as stored (lower case), or a refusal naming the field {@code username}. */
    public static String validUsername(String requested) {
        String username = Accounts.normalise(requested);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Refused.invalid("username", "The user name " + USERNAME_RULE + ".");
        }
        return username;
    }

    /** Refuses, naming {@code field}, a password that breaks {@link PasswordRules}. */
    public static void requireAcceptablePassword(String field, String username, String password) {
        PasswordRules.broken(username, password).ifPresent(rule -> {
            throw Refused.invalid(field, "The password " + rule + ".");
        });
    }

    private static String setPasswordNext(String username) {
        return "Hand the code to the person; they set their password with POST /password-resets "
                + "{\"username\":\"" + username + "\",\"code\":\"...\",\"newPassword\":\"...\"} before it expires.";
    }

    private static boolean sameDigest(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
