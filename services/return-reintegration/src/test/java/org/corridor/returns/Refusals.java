package org.corridor.returns;

import org.axonframework.test.aggregate.ResultValidator;
import org.corridor.kernel.types.RuleViolation;
import org.hamcrest.CustomTypeSafeMatcher;

/** The check every refused command gets in an aggregate fixture. */
public final class Refusals {

    private Refusals() {
    }

    /** The command was refused for {@code field}, with a message, and nothing was recorded. */
    public static <T> void refused(ResultValidator<T> result, String field) {
        result.expectNoEvents().expectException(new CustomTypeSafeMatcher<Exception>("a refusal of field " + field) {
            @Override
            protected boolean matchesSafely(Exception item) {
                return item instanceof RuleViolation violation && field.equals(violation.field())
                        && !violation.getMessage().isBlank();
            }
        });
    }
}
