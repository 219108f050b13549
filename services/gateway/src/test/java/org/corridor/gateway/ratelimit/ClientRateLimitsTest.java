package org.corridor.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitsTest {

    // One request per 20 s with a burst of 3: a 60 s window no test run can outlast.
    private final ClientRateLimits limits = new ClientRateLimits(new RateLimitProperties(0.05, 3, 1_000));

    @Test
    void aClientMaySpendItsBurstAndIsThenToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit("subject:ana").admitted()).isTrue();
        }

        ClientRateLimits.Admission refused = limits.admit("subject:ana");

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void eachClientHasItsOwnLimit() {
        for (int i = 0; i < 3; i++) {
            limits.admit("subject:ana");
        }

        assertThat(limits.admit("subject:ana").admitted()).isFalse();
        assertThat(limits.admit("subject:ben").admitted()).isTrue();
        assertThat(limits.admit("address:203.0.113.7").admitted()).isTrue();
    }

    @Test
    void theWindowKeepsTheLongRunRate() {
        assertThat(new RateLimitProperties(50, 100, 1).window()).isEqualTo(Duration.ofSeconds(2));
        assertThat(new RateLimitProperties(2, 40, 1).window()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndNeverZero() {
        assertThat(new ClientRateLimits.Admission(false, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new ClientRateLimits.Admission(false, Duration.ofMillis(1_001)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new ClientRateLimits.Admission(false, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }
}
