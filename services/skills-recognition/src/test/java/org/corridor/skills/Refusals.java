package org.corridor.skills;

import org.corridor.kernel.types.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by the field it names and the rule that refused it, not only by its type. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> refusedBy(String field, String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return field.equals(violation.field()) && rule.equals(violation.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal of field " + field + " by rule " + rule);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("refused field " + violation.field() + " by rule " + violation.rule()
                        + ": " + violation.getMessage());
            }
        };
    }
}
