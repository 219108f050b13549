package org.corridor.skills.trainee.web;

import org.corridor.skills.trainee.api.Activation;
import org.corridor.skills.trainee.api.ActivationCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Draws activation codes, valid for {@code corridor.skills.activation.valid-for} (30 days unless set). The code goes
 * back once to the clerk who asked; the command carries its digest only.
 */
@Component
class ActivationCodes {

    private final SecureRandom random = new SecureRandom();
    private final Duration validFor;

    ActivationCodes(@Value("${corridor.skills.activation.valid-for:P30D}") Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("corridor.skills.activation.valid-for must be positive, was " + validFor);
        }
        this.validFor = validFor;
    }

    Issued issue() {
        return new Issued(ActivationCode.generate(random), Instant.now().plus(validFor).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A code just drawn and when it stops working. */
    record Issued(ActivationCode code, Instant expiresAt) {
        Activation activation() {
            return Activation.of(code, expiresAt);
        }
    }
}
