package org.corridor.permits.application.api;

import org.corridor.kernel.types.RuleViolation;

/**
 * A command the application's lifecycle does not allow in its current state. Says which rule refused it, the state
 * the application is in, and what to do instead.
 */
public class TransitionRefused extends RuleViolation {

    private final String rule;
    private final ApplicationStatus state;

    public TransitionRefused(String field, String rule, ApplicationStatus state, String message) {
        super(field, message);
        this.rule = rule;
        this.state = state;
    }

    public String rule() {
        return rule;
    }

    public ApplicationStatus state() {
        return state;
    }
}
