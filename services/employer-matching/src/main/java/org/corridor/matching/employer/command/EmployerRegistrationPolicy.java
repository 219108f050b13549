package org.corridor.matching.employer.command;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.employer.api.RegisterEmployer;

/** What a registration must hold before an employer is recorded. */
final class EmployerRegistrationPolicy {

    private EmployerRegistrationPolicy() {
    }

    static void check(RegisterEmployer command) {
        if (command.legalName() == null || command.legalName().isBlank()) {
            throw new RuleViolation("legalName", "an employer registers under its legal name, as in the trade register");
        }
        if (command.registrationNumber() == null || command.registrationNumber().isBlank()) {
            throw new RuleViolation("registrationNumber",
                    "an employer gives its trade or company register number so that the scheme can verify it");
        }
        if (command.sector() == null || command.sector().isBlank()) {
            throw new RuleViolation("sector", "an employer states its sector of activity");
        }
        if (command.contact() == null || command.contact().email() == null || command.contact().email().isBlank()) {
            throw new RuleViolation("contact.email", "an employer names a contact who can be reached by e-mail");
        }
    }
}
