package org.corridor.identity.account.store;

import org.corridor.identity.account.command.AccountStatus;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.List;

/**
 * One person's account, keyed by user name (kept in lower case, unique). {@code subject} is the stable id the
 * tokens carry as {@code sub}; {@code roles}, {@code organisation}, {@code country} and {@code person} become the
 * claims every service reads. {@code administeredBy} is the organisation of the scheme administrator who may lock,
 * unlock and reset it. Only digests of passwords and one-time codes are kept.
 */
public record Account(@Id String username, String subject, String passwordHash, List<String> roles,
                      String organisation, String country, String person, AccountStatus status,
                      String administeredBy, String displayName, String setupCodeDigest, Instant setupCodeExpiresAt,
                      Instant createdAt, String createdBy) {

    public Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Account withStatus(AccountStatus newStatus) {
        return new Account(username, subject, passwordHash, roles, organisation, country, person, newStatus,
                administeredBy, displayName, setupCodeDigest, setupCodeExpiresAt, createdAt, createdBy);
    }

    public Account withSetupCode(String digest, Instant expiresAt) {
        return new Account(username, subject, passwordHash, roles, organisation, country, person, status,
                administeredBy, displayName, digest, expiresAt, createdAt, createdBy);
    }

    /**
     * The password chosen with a one-time code: the code is spent, and an account that waited for its password can
     * sign in (a locked one stays locked).
     */
    public Account withChosenPassword(String hash) {
        return new Account(username, subject, hash, roles, organisation, country, person,
                status == AccountStatus.AWAITING_PASSWORD ? AccountStatus.ACTIVE : status, administeredBy,
                displayName, null, null, createdAt, createdBy);
    }

    /** The same password, hashed again with the current algorithm; nothing else changes. */
    public Account withRehashedPassword(String hash) {
        return new Account(username, subject, hash, roles, organisation, country, person, status, administeredBy,
                displayName, setupCodeDigest, setupCodeExpiresAt, createdAt, createdBy);
    }

    public Account approvedBy(String organisationOfAdministrator) {
        return new Account(username, subject, passwordHash, roles, organisation, country, person,
                AccountStatus.ACTIVE, organisationOfAdministrator, displayName, setupCodeDigest, setupCodeExpiresAt,
                createdAt, createdBy);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
