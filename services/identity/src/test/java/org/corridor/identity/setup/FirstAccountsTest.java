package org.corridor.identity.setup;

import org.corridor.identity.Browser;
import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.command.AccountStatus;
import org.corridor.identity.account.command.Roles;
import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.account.store.Organisations;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the demo option the only account is the first scheme administrator, with no password anyone else knows;
 * with it, one account per role signs in with its printed password.
 */
@CorridorServiceTest
class FirstAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    IdentityProperties properties;

    @Test
    void without_the_demo_option_the_first_administrator_waits_for_a_password_set_with_a_code_in_the_data_folder()
            throws Exception {
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Roles.SCHEME_ADMIN);
        assertThat(admin.setupCodeDigest() != null || admin.status() == AccountStatus.ACTIVE).isTrue();
        assertThat(Files.readString(properties.dataDir().resolve(FirstAccounts.SETUP_CODE_FILE)).trim())
                .matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(properties.demo()).isFalse();
    }

    @Test
    void the_demo_option_makes_one_account_per_role_printed_with_its_password() {
        IdentityProperties demo = new IdentityProperties(properties.issuer(), properties.dataDir(), null, true,
                properties.accessTokenTtl(), properties.setupCodeTtl(), properties.clients(), properties.firstAdmin(),
                "worker-1");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new FirstAccounts(accounts, organisations, passwords, demo, Clock.systemUTC(),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run(new DefaultApplicationArguments());

        List<FirstAccounts.DemoAccount> people = FirstAccounts.demoAccounts("worker-1");
        assertThat(people).extracting(FirstAccounts.DemoAccount::role).containsExactlyInAnyOrderElementsOf(Roles.ALL);
        String table = printed.toString(StandardCharsets.UTF_8);
        for (FirstAccounts.DemoAccount person : people) {
            if (!person.username().equals("admin")) {
                assertThat(table).contains(person.username()).contains(person.password());
            }
        }
        Browser browser = new Browser(port, "198.51.100.60");
        for (String username : List.of("trainer", "officer", "worker")) {
            FirstAccounts.DemoAccount person = people.stream().filter(p -> p.username().equals(username)).findFirst()
                    .orElseThrow();
            Caller caller = Caller.of(NimbusJwtDecoder.withIssuerLocation(browser.base()).build()
                    .decode(browser.fresh().accessToken(username, person.password())));
            assertThat(caller.roles()).containsExactly(person.role());
            assertThat(caller.organisation()).isEqualTo(person.organisation());
            assertThat(caller.personId()).isEqualTo(person.person());
        }
    }
}
