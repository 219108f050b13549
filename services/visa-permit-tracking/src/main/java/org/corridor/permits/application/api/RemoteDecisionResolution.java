package org.corridor.permits.application.api;

/** What the service did with a decision the immigration system reported. */
public enum RemoteDecisionResolution {
    /** The application was still waiting for a decision: the remote's is recorded as its decision. */
    RECORDED,
    /** The consulate had recorded the same decision: nothing is recorded twice. */
    CONFIRMS_RECORDED,
    /** The consulate had recorded another decision: flagged for the consulate, the recorded one stands. */
    CONFLICTS_WITH_RECORDED
}
