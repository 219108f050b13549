package org.corridor.returns.person.command;

import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;

/**
 * A person who asked to be forgotten starts no new record here (ADR 55): their key is gone, and a new record
 * would name them again. Refused before anything is recorded, in words, instead of the kernel's last-line refusal
 * to seal a value for an erased person.
 */
public final class ForgottenPeople {

    public static final String RULE = "forgotten-person-starts-no-new-record";

    private ForgottenPeople() {
    }

    public static void requireNotForgotten(CryptoShredder shredder, PersonId person, String field) {
        if (shredder.isErased(person.value())) {
            throw new RuleViolation(field, RULE, "you asked to be forgotten and what this service held about you was "
                    + "erased, so it records nothing new about you; ask the platform's support if you want to "
                    + "start again");
        }
    }
}
