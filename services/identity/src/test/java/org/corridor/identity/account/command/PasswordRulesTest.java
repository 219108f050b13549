package org.corridor.identity.account.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void a_passphrase_of_a_few_words_is_accepted() {
        assertThat(PasswordRules.broken("maria", "seven green ferries at dawn")).isEmpty();
    }

    @Test
    void short_common_repeated_or_name_bearing_passwords_are_refused_saying_why() {
        assertThat(PasswordRules.broken("maria", "short")).hasValueSatisfying(r -> assertThat(r).contains("at least 12"));
        assertThat(PasswordRules.broken("maria", "Password1234")).hasValueSatisfying(r ->
                assertThat(r).contains("commonly used"));
        assertThat(PasswordRules.broken("maria", "aaaaaaaaaaaaaa")).hasValueSatisfying(r ->
                assertThat(r).contains("repeated"));
        assertThat(PasswordRules.broken("maria", "my name is MARIA ok")).hasValueSatisfying(r ->
                assertThat(r).contains("user name"));
        assertThat(PasswordRules.broken("maria", "x".repeat(64) + "y".repeat(65))).hasValueSatisfying(r ->
                assertThat(r).contains("at most 128"));
    }

    @Test
    void one_time_codes_digest_the_same_however_they_are_typed() {
        String code = OneTimeCode.generate();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(OneTimeCode.digest(code.toLowerCase().replace("-", " "))).isEqualTo(OneTimeCode.digest(code))
                .matches("[0-9a-f]{64}");
        assertThat(OneTimeCode.digest("7K3QM9XZ2B4DHT6W")).isEqualTo(OneTimeCode.digest("7k3q-m9xz-2b4d-ht6w"));
    }
}
