package org.corridor.identity.signin;

import org.corridor.identity.Browser;
import org.corridor.identity.People;
import org.corridor.identity.account.IdentityProperties;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong passwords are slowed down, then the account is locked for a while; the person is told plainly. */
@CorridorServiceTest
class SignInLockoutTest {

    static final String PASSWORD = "the right pass phrase here";

    @LocalServerPort
    int port;

    @Autowired
    IdentityProperties properties;

    @Autowired
    MongoTemplate mongo;

    @Test
    void thirty_wrong_passwords_in_a_row_are_slowed_then_locked_and_an_administrator_unlocks() {
        Browser admin = new Browser(port, "198.51.100.30");
        String adminToken = People.adminToken(admin, properties);
        String clerk = People.person(admin, adminToken, "ORIGIN_AGENCY", "origin-agency-ph", "PH", PASSWORD);
        Browser guesser = new Browser(port, "198.51.100.31");

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(guesser.signIn(clerk, "guess number " + i));
        }

        assertThat(answers.subList(0, 3)).allSatisfy(a -> assertThat(a).startsWith("Wrong user name or password"));
        assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("Too many wrong attempts for this account: try "
                + "again after"));
        assertThat(answers.subList(10, 30)).allSatisfy(a -> assertThat(a)
                .startsWith("This account is locked after 10 wrong attempts, until")
                .endsWith("Wait until then, or ask your administrator to unlock it."));
        assertThat(guesser.signIn(clerk, PASSWORD)).as("the right password while locked")
                .startsWith("This account is locked");

        assertThat(admin.postJson("/accounts/" + clerk + "/unlock", adminToken, "{}").statusCode()).isEqualTo(200);
        assertThat(new Browser(port, "198.51.100.32").signIn(clerk, PASSWORD)).isNull();
    }

    @Test
    void an_unknown_user_name_gets_the_same_answers_as_a_wrong_password() {
        Browser guesser = new Browser(port, "198.51.100.33");
        String nobody = People.unique("nobody");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            answers.add(guesser.signIn(nobody, "guess number " + i));
        }
        assertThat(answers.get(0)).startsWith("Wrong user name or password");
        assertThat(answers.get(10)).startsWith("This account is locked after");
    }

    @Test
    void many_accounts_guessed_from_one_address_slow_that_address_down() {
        Browser sprayer = new Browser(port, "198.51.100.34");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(sprayer.signIn(People.unique("user"), "guess number " + i));
        }
        assertThat(answers.subList(0, 20)).allSatisfy(a -> assertThat(a).startsWith("Wrong user name or password"));
        assertThat(answers.subList(20, 30)).anySatisfy(a -> assertThat(a)
                .startsWith("Too many wrong attempts came from your network address: try again after"));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("address:198.51.100.34")), "sign-in-attempts"))
                .as("counted for the address the proxy on this host named").isTrue();
    }

    @Test
    void a_locked_account_and_a_pending_employer_are_told_why_only_with_the_right_password() {
        Browser admin = new Browser(port, "198.51.100.35");
        String adminToken = People.adminToken(admin, properties);
        String officer = People.person(admin, adminToken, "RECOGNITION_OFFICER", "authority-de", "DE", PASSWORD);
        assertThat(admin.postJson("/accounts/" + officer + "/lock", adminToken, "{}").statusCode()).isEqualTo(200);

        Browser person = new Browser(port, "198.51.100.36");
        assertThat(person.signIn(officer, "not the password")).startsWith("Wrong user name or password");
        assertThat(person.signIn(officer, PASSWORD)).isEqualTo(
                "This account is locked by an administrator. Ask your administrator to unlock it.");
    }
}
