package org.corridor.skills.access;

/**
 * A caller acting outside its scope: another organisation's scheme, a trainee another agency enrolled, another
 * person's record. Answered with 403 and what the caller may do instead; never with the record's contents.
 */
public class NotPermitted extends RuntimeException {

    private final String rule;

    public NotPermitted(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
