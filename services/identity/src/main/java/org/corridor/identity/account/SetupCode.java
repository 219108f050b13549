package org.corridor.identity.account;

import java.time.Instant;

/**
 * A one-time code to set or reset an account's password, shown once to the administrator who asked for it, to be
 * handed to the person (never sent by the platform, never stored but as a digest).
 */
public record SetupCode(AccountView account, String setupCode, Instant expiresAt, String next) {
}
