package org.corridor.returns.benefit.api;

/**
 * What the destination's social-security system says it is doing with a claim it received: received (not yet
 * looked at), under review, granted (with the amount), refused (with its reasons). Granted and refused are final.
 */
public enum DestinationStatus {
    RECEIVED, UNDER_REVIEW, GRANTED, REFUSED;

    public boolean isFinal() {
        return this == GRANTED || this == REFUSED;
    }
}
