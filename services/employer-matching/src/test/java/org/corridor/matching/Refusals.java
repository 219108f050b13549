package org.corridor.matching;

import org.corridor.kernel.types.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by the field it names, so that a test says which rule refused, not only that one did. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> violationOf(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return field.equals(violation.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation of field " + field);
            }
        };
    }
}
