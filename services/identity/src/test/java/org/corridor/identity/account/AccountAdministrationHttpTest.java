package org.corridor.identity.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.identity.Browser;
import org.corridor.identity.People;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheme administrator sets up, lists, locks, unlocks and resets the accounts of the organisations it administers,
 * and approves employers of its country; never for another administration, never with a role above its own.
 */
@CorridorServiceTest
class AccountAdministrationHttpTest {

    static final String PASSWORD = "a long enough pass phrase";

    @LocalServerPort
    int port;

    @Autowired
    IdentityProperties properties;

    Browser browser;
    String admin;
    /** A scheme administrator of another scheme, with a platform token (ADR 6's shared secret). */
    String otherAdmin;

    @BeforeEach
    void setUp() {
        browser = new Browser(port, "198.51.100.40");
        admin = People.adminToken(browser, properties);
        otherAdmin = TestTokens.bearer("admin-2", "SCHEME_ADMIN", "other-scheme", "PH").substring("Bearer ".length());
    }

    @Test
    void an_account_set_up_by_the_administrator_signs_in_after_its_password_is_set_with_the_code() {
        String username = People.unique("maria");
        HttpResponse<String> created = browser.postJson("/accounts", admin, """
                {"username":"%s","displayName":"Maria Santos","roles":["ORIGIN_AGENCY"],
                 "organisation":"origin-agency-ph","country":"PH"}""".formatted(username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = Browser.json(created.body());
        assertThat(answer.at("/account/status").asText()).isEqualTo("AWAITING_PASSWORD");
        String code = answer.get("setupCode").asText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(created.body()).doesNotContain("setupCodeDigest").doesNotContain("passwordHash");

        assertThat(new Browser(port, "198.51.100.41").signIn(username, PASSWORD))
                .startsWith("Wrong user name or password");

        HttpResponse<String> weak = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"password1234\"}".formatted(username, code));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"newPassword\"").contains("commonly used");
        HttpResponse<String> withName = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"%s-is-me\"}".formatted(username, code, username));
        assertThat(withName.body()).contains("must not contain your user name");

        HttpResponse<String> set = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"%s\"}".formatted(username,
                        code.toLowerCase().replace("-", " "), PASSWORD));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        HttpResponse<String> again = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"another long pass phrase\"}"
                        .formatted(username, code));
        assertThat(again.statusCode()).as("a code works once").isEqualTo(400);

        String token = new Browser(port, "198.51.100.42").accessToken(username, PASSWORD);
        Caller clerk = Caller.of(NimbusJwtDecoder.withIssuerLocation(browser.base()).build().decode(token));
        assertThat(clerk.roles()).containsExactly("ORIGIN_AGENCY");
        assertThat(clerk.organisation()).isEqualTo("origin-agency-ph");

        JsonNode listed = Browser.json(browser.getJson("/accounts?size=200", admin).body());
        assertThat(listed.get("items").findValuesAsText("username")).contains(username);
        assertThat(browser.getJson("/accounts/" + username, admin).statusCode()).isEqualTo(200);
    }

    @Test
    void an_administrator_gives_no_role_above_the_agencies_providers_and_officers() {
        for (String role : new String[]{"SCHEME_ADMIN", "CONSULATE", "EMPLOYER", "WORKER", "MONITOR"}) {
            HttpResponse<String> refused = browser.postJson("/accounts", admin, """
                    {"username":"%s","roles":["%s"],"organisation":"origin-agency-ph","country":"PH"}"""
                    .formatted(People.unique("x"), role));
            assertThat(refused.statusCode()).as(role).isEqualTo(403);
            assertThat(refused.body()).contains("gives only the roles");
        }
        HttpResponse<String> unknown = browser.postJson("/accounts", admin, """
                {"username":"%s","roles":["KING"],"organisation":"origin-agency-ph","country":"PH"}"""
                .formatted(People.unique("x")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"roles\"");
        HttpResponse<String> noCountry = browser.postJson("/accounts", admin, """
                {"username":"%s","roles":["ORIGIN_AGENCY"],"organisation":"origin-agency-ph"}"""
                .formatted(People.unique("x")));
        assertThat(noCountry.statusCode()).isEqualTo(400);
        assertThat(noCountry.body()).contains("\"field\":\"country\"");
    }

    @Test
    void another_scheme_administration_cannot_touch_the_accounts_or_organisations_of_this_one() {
        String clerk = People.person(browser, admin, "ORIGIN_AGENCY", "origin-agency-ph", "PH", PASSWORD);

        HttpResponse<String> intoOurs = browser.postJson("/accounts", otherAdmin, """
                {"username":"%s","roles":["ORIGIN_AGENCY"],"organisation":"origin-agency-ph","country":"PH"}"""
                .formatted(People.unique("intruder")));
        assertThat(intoOurs.statusCode()).isEqualTo(403);
        assertThat(intoOurs.body()).contains("administered by another scheme administration");

        for (String action : new String[]{"lock", "unlock", "password-reset"}) {
            HttpResponse<String> refused = browser.postJson("/accounts/" + clerk + "/" + action, otherAdmin, "{}");
            assertThat(refused.statusCode()).as(action).isEqualTo(404);
        }
        assertThat(browser.getJson("/accounts/" + clerk, otherAdmin).statusCode()).isEqualTo(404);
        JsonNode theirs = Browser.json(browser.getJson("/accounts?size=200", otherAdmin).body());
        assertThat(theirs.get("items").findValuesAsText("username")).doesNotContain(clerk);

        String theirClerk = People.unique("their-clerk");
        assertThat(browser.postJson("/accounts", otherAdmin, """
                {"username":"%s","roles":["ORIGIN_AGENCY"],"organisation":"%s","country":"PH"}"""
                .formatted(theirClerk, People.unique("their-agency"))).statusCode()).isEqualTo(201);
        assertThat(browser.postJson("/accounts/" + theirClerk + "/lock", admin, "{}").statusCode()).isEqualTo(404);

        assertThat(browser.postJson("/accounts/" + clerk + "/lock", TestTokens.originAgency("origin-agency-ph", "PH")
                .substring("Bearer ".length()), "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_reset_gives_a_new_one_time_code_and_the_old_password_works_until_it_is_used() {
        String clerk = People.person(browser, admin, "TRAINING_PROVIDER", "provider-ph", null, PASSWORD);
        HttpResponse<String> reset = browser.postJson("/accounts/" + clerk + "/password-reset", admin, "{}");
        assertThat(reset.statusCode()).isEqualTo(200);
        String code = Browser.json(reset.body()).get("setupCode").asText();
        assertThat(new Browser(port, "198.51.100.43").signIn(clerk, PASSWORD)).isNull();

        HttpResponse<String> wrong = browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"AAAA-BBBB-CCCC-DDDD\",\"newPassword\":\"a brand new pass phrase\"}"
                        .formatted(clerk));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"code\"").contains("ask your administrator for a new code");

        assertThat(browser.postJson("/password-resets", null,
                "{\"username\":\"%s\",\"code\":\"%s\",\"newPassword\":\"a brand new pass phrase\"}"
                        .formatted(clerk, code)).statusCode()).isEqualTo(200);
        assertThat(new Browser(port, "198.51.100.44").signIn(clerk, PASSWORD)).startsWith("Wrong");
        assertThat(new Browser(port, "198.51.100.44").signIn(clerk, "a brand new pass phrase")).isNull();
    }

    @Test
    void an_employer_registers_waits_and_signs_in_once_a_scheme_administrator_of_its_country_approves() {
        String employer = People.unique("hr");
        HttpResponse<String> registered = browser.postJson("/employer-registrations", null, """
                {"username":"%s","password":"%s","companyName":"Pflege Nord GmbH","country":"DE"}"""
                .formatted(employer, PASSWORD));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(Browser.json(registered.body()).at("/account/status").asText()).isEqualTo("PENDING_APPROVAL");

        Browser person = new Browser(port, "198.51.100.45");
        assertThat(person.signIn(employer, PASSWORD)).contains("waits for approval");

        JsonNode pending = Browser.json(browser.getJson("/employer-registrations?size=200", admin).body());
        assertThat(pending.get("items").findValuesAsText("username")).contains(employer);
        HttpResponse<String> wrongCountry = browser.postJson("/employer-registrations/" + employer + "/approval",
                otherAdmin, "{}");
        assertThat(wrongCountry.statusCode()).isEqualTo(403);
        assertThat(wrongCountry.body()).contains("a scheme administrator of DE approves it");

        assertThat(browser.postJson("/employer-registrations/" + employer + "/approval", admin, "{}").statusCode())
                .isEqualTo(200);
        String token = person.accessToken(employer, PASSWORD);
        Caller caller = Caller.of(NimbusJwtDecoder.withIssuerLocation(browser.base()).build().decode(token));
        assertThat(caller.roles()).containsExactly("EMPLOYER");
        assertThat(caller.organisation()).startsWith("employer-");
        assertThat(caller.country()).isEqualTo("DE");
        assertThat(browser.postJson("/employer-registrations/" + employer + "/approval", admin, "{}").statusCode())
                .as("approved once").isEqualTo(404);
    }

    @Test
    void a_registration_is_refused_naming_the_field_and_nothing_is_stored() {
        String employer = People.unique("hr");
        HttpResponse<String> shortPassword = browser.postJson("/employer-registrations", null, """
                {"username":"%s","password":"short","companyName":"Pflege Nord GmbH","country":"DE"}"""
                .formatted(employer));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("\"field\":\"password\"").contains("at least 12 characters");
        HttpResponse<String> badCountry = browser.postJson("/employer-registrations", null, """
                {"username":"%s","password":"%s","companyName":"Pflege Nord GmbH","country":"Germany"}"""
                .formatted(employer, PASSWORD));
        assertThat(badCountry.body()).contains("\"field\":\"country\"");
        HttpResponse<String> badName = browser.postJson("/employer-registrations", null, """
                {"username":"a b","password":"%s","companyName":"Pflege Nord GmbH","country":"DE"}"""
                .formatted(PASSWORD));
        assertThat(badName.body()).contains("\"field\":\"username\"");
        assertThat(browser.postJson("/employer-registrations", null, """
                {"username":"%s","password":"%s","companyName":"Pflege Nord GmbH","country":"DE"}"""
                .formatted(employer, PASSWORD)).statusCode()).as("the name was not taken").isEqualTo(201);
    }
}
