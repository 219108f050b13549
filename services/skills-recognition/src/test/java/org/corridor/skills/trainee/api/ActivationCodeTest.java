package org.corridor.skills.trainee.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivationCodeTest {

    @Test
    void a_code_is_16_characters_of_crockford_base32_carrying_80_random_bits() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ActivationCode.generate(random).code();
            assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
            code.chars().forEach(c -> seen.add((char) c));
            codes.add(code);
        }
        assertThat(codes).hasSize(2000);
        assertThat(seen).as("every one of the 32 symbols turns up").hasSize(32);
    }

    @Test
    void the_bits_are_written_five_to_a_character_most_significant_first() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) 0xFF;
                }
                bytes[bytes.length - 1] = (byte) 0xE0;
            }
        };
        assertThat(ActivationCode.generate(fixed).code()).isEqualTo("ZZZZZZZZZZZZZZZ0");
    }

    @Test
    void the_digest_is_the_lower_case_hex_sha256_of_the_canonical_code() throws Exception {
        ActivationCode code = new ActivationCode("7K3QM9XD2HRT5VWA");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("7K3QM9XD2HRT5VWA".getBytes(StandardCharsets.US_ASCII)));
        assertThat(code.digest()).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(new ActivationCode(ActivationCode.canonical("7k3q-m9xd 2hrt-5vwa")).digest()).isEqualTo(expected);
        assertThat(ActivationCode.canonical("oil0")).isEqualTo("0110");
        assertThat(code.toString()).doesNotContain("7K3Q");
    }

    @Test
    void anything_else_is_no_code() {
        assertThatThrownBy(() -> new ActivationCode("7K3QM9XD2HRT5VW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivationCode("7K3QM9XD2HRT5VWU")).isInstanceOf(IllegalArgumentException.class);
    }
}
