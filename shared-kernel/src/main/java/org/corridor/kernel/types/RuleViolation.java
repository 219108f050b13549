package org.corridor.kernel.types;

/**
 * A request that breaks a business rule, refused before anything is recorded. Names the field at fault so that
 * the HTTP problem can point at it.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
