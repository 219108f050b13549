package org.corridor.permits.application.api;

import java.util.regex.Pattern;

/**
 * The words of the immigration system's case status this service relies on. Two are decisions; any other status
 * (for instance {@code RECEIVED}, {@code IN_REVIEW}, {@code ON_HOLD}) is a step of the remote's own process, recorded
 * as it is said when it changes.
 */
public final class ImmigrationCaseStatus {

    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    /** A status word as the remote may send it: capitals, digits and underscores, at most 40. */
    public static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private ImmigrationCaseStatus() {
    }

    public static boolean isDecision(String status) {
        return APPROVED.equals(status) || REFUSED.equals(status);
    }
}
