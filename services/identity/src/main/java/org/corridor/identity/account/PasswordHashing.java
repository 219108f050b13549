package org.corridor.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Passwords and client secrets are stored as Argon2id hashes (16 MiB of memory, 2 passes, 16-byte salt, Spring
 * Security's recommended settings), each prefixed with its algorithm ({@code {argon2}...}), so a later algorithm
 * can take over: hashes of the old one still verify, and {@link #upgradeNeeded} says when to re-hash on sign-in.
 * bcrypt stays readable for hashes brought from elsewhere.
 */
@Configuration
public class PasswordHashing {

    public static final String CURRENT = "argon2";

    @Bean
    public PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                CURRENT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(CURRENT, encoders);
    }

    /** Whether {@code hash} was made with an older algorithm or settings than the current ones. */
    public static boolean upgradeNeeded(PasswordEncoder encoder, String hash) {
        return hash != null && (!hash.startsWith("{" + CURRENT + "}") || encoder.upgradeEncoding(hash));
    }
}
