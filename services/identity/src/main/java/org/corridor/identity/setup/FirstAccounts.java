package org.corridor.identity.setup;

import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.command.AccountStatus;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.account.command.PasswordRules;
import org.corridor.identity.account.command.Roles;
import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.account.store.Organisation;
import org.corridor.identity.account.store.Organisations;
import org.corridor.identity.issuer.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The accounts there are before anyone has set one up. With the demo option ({@code corridor.identity.demo=true})
 * one account per role of the platform, with known passwords, printed at every start. Otherwise only a first
 * scheme administrator, whose password nobody else knows: taken from {@code corridor.identity.first-admin.password}
 * (the environment), or set by its holder with a one-time code written to {@code <data-dir>/first-admin-setup-code}.
 */
@Component
class FirstAccounts implements ApplicationRunner {

    static final String SETUP_CODE_FILE = "first-admin-setup-code";
    private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;
    private final PrintStream out;

    @Autowired
    FirstAccounts(Accounts accounts, Organisations organisations, PasswordEncoder passwords,
                  IdentityProperties properties, Clock clock) {
        this(accounts, organisations, passwords, properties, clock, System.out);
    }

    FirstAccounts(Accounts accounts, Organisations organisations, PasswordEncoder passwords,
                  IdentityProperties properties, Clock clock, PrintStream out) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.out = out;
    }

    /** A demo person: what they type to sign in, and what their tokens carry. */
    record DemoAccount(String username, String subject, String role, String organisation, String country,
                       String person) {

        String password() {
            return "demo-" + username;
        }
    }

    static List<DemoAccount> demoAccounts(String workerPerson) {
        return List.of(
                new DemoAccount("admin", "admin", Roles.SCHEME_ADMIN, "scheme-admin", "DE", null),
                new DemoAccount("agency", "agency", Roles.ORIGIN_AGENCY, "origin-agency-ph", "PH", null),
                new DemoAccount("trainer", "trainer", Roles.TRAINING_PROVIDER, "provider-ph", "PH", null),
                new DemoAccount("officer", "officer", Roles.RECOGNITION_OFFICER, "authority-de", "DE", null),
                new DemoAccount("employer", "employer", Roles.EMPLOYER, "employer-1", "DE", null),
                new DemoAccount("consulate", "consulate", Roles.CONSULATE, "consulate-manila", "DE", null),
                new DemoAccount("worker", "worker-1", Roles.WORKER, null, null, workerPerson),
                new DemoAccount("counsellor", "counsellor", Roles.COUNSELLOR, "reintegration-ph", "PH", null),
                new DemoAccount("monitor", "monitor", Roles.MONITOR, "monitor", null, null));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            demo();
        }
        if (!accounts.anyWithRole(Roles.SCHEME_ADMIN)) {
            firstAdministrator();
        }
    }

    private void demo() {
        Instant now = clock.instant();
        List<DemoAccount> demo = demoAccounts(properties.demoWorkerPerson());
        String administration = demo.get(0).organisation();
        for (DemoAccount person : demo) {
            if (accounts.find(person.username()).isPresent()) {
                continue;
            }
            boolean administered = Roles.GRANTED_BY_SCHEME_ADMIN.contains(person.role())
                    || Roles.SCHEME_ADMIN.equals(person.role()) || Roles.EMPLOYER.equals(person.role());
            if (administered) {
                organisations.claimOrGet(new Organisation(person.organisation(), administration, person.country(), now));
            }
            accounts.create(new Account(person.username(), person.subject(), passwords.encode(person.password()),
                    List.of(person.role()), person.organisation(), person.country(), person.person(),
                    AccountStatus.ACTIVE, administered ? administration : null, "Demo " + person.role(), null, null,
                    now, "demo"));
        }
        StringBuilder table = new StringBuilder("Demo sign-ins (corridor.identity.demo=true; known passwords, never "
                + "for real data):\n");
        for (DemoAccount person : demo) {
            table.append(String.format("  %-20s %-11s password %s%n", person.role(), person.username(),
                    person.password()));
        }
        out.print(table);
    }

    private void firstAdministrator() {
        IdentityProperties.FirstAdmin first = properties.firstAdmin();
        Instant now = clock.instant();
        organisations.claimOrGet(new Organisation(first.organisation(), first.organisation(), first.country(), now));
        String given = first.password();
        Account account;
        if (given != null && !given.isBlank()) {
            PasswordRules.broken(first.username(), given).ifPresent(rule -> {
                throw new IllegalStateException("corridor.identity.first-admin.password " + rule);
            });
            account = new Account(Accounts.normalise(first.username()), UUID.randomUUID().toString(),
                    passwords.encode(given), List.of(Roles.SCHEME_ADMIN), first.organisation(), first.country(), null,
                    AccountStatus.ACTIVE, first.organisation(), "First scheme administrator", null, null, now,
                    "setup");
            if (accounts.create(account)) {
                log.info("First scheme administrator {} created with the password from the environment",
                        account.username());
            }
            return;
        }
        Path file = properties.dataDir().resolve(SETUP_CODE_FILE);
        String code = OneTimeCode.generate();
        account = new Account(Accounts.normalise(first.username()), UUID.randomUUID().toString(), null,
                List.of(Roles.SCHEME_ADMIN), first.organisation(), first.country(), null,
                AccountStatus.AWAITING_PASSWORD, first.organisation(), "First scheme administrator",
                OneTimeCode.digest(code), now.plus(properties.setupCodeTtl()), now, "setup");
        if (accounts.create(account)) {
            DataFiles.replace(file, code);
            out.println("First scheme administrator '" + account.username() + "': set its password with the one-time "
                    + "code in " + file.toAbsolutePath() + " (POST /password-resets), then delete that file.");
        }
    }
}
