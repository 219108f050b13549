package org.corridor.kernel.types;

/**
 * A value that breaks the rule of its type. Carries what was expected so that an HTTP problem or a refusal
 * event can say exactly what was wrong.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String kind;
    private final transient Object rejectedValue;
    private final String expected;

    public InvalidValueException(String kind, Object rejectedValue, String expected) {
        super("invalid " + kind + " '" + rejectedValue + "': expected " + expected);
        this.kind = kind;
        this.rejectedValue = rejectedValue;
        this.expected = expected;
    }

    public String kind() {
        return kind;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }

    public String expected() {
        return expected;
    }
}
