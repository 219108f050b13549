package org.corridor.matching.common;

/** A step that the record's current state does not allow (an offer already declined, an order closed). */
public class NotNow extends RuntimeException {

    private final String field;

    public NotNow(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
