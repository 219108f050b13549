package org.corridor.identity.account.store;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * An organisation whose accounts one scheme administration manages: the first scheme administrator to set up an
 * account for it claims it, and no other may add, lock or reset its accounts.
 */
public record Organisation(@Id String id, String administeredBy, String country, Instant claimedAt) {
}
