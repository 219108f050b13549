package org.corridor.kernel.types;

/**
 * A request that breaks a business rule, refused before anything is recorded. Names the field at fault (a JSON
 * path such as {@code quotas[1].places}) so that the HTTP problem can point at it, the rule that refused it (a
 * stable name such as {@code one-quota-per-track}, for tests and clients), and says in its message what to do
 * next.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public RuleViolation(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** A refusal whose rule is not named; prefer {@link #RuleViolation(String, String, String)}. */
    public RuleViolation(String field, String message) {
        this(field, null, message);
    }

    public String field() {
        return field;
    }

    /** The name of the rule that refused, or null where it was not named. */
    public String rule() {
        return rule;
    }
}
