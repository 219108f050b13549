package org.corridor.identity.throttle;

import org.corridor.identity.throttle.command.ThrottlePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code corridor.identity.throttle.account}: wrong attempts against one account (or user name, whether it exists or
 * not); {@code corridor.identity.throttle.address}: wrong attempts from one client address, whatever the account.
 */
@ConfigurationProperties("corridor.identity.throttle")
public record ThrottleProperties(ThrottlePolicy account, ThrottlePolicy address) {
}
