package org.corridor.returns.grievance.command;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.grievance.api.FileGrievance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a grievance must say before it is filed. */
final class GrievanceFilingPolicy {

    static final int MOST_EVIDENCE_REFERENCES = 20;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private GrievanceFilingPolicy() {
    }

    static void check(FileGrievance grievance) {
        if (grievance.period().to().isBefore(grievance.period().from())) {
            throw new RuleViolation("period.to", "the period ends before it starts: give the first day, then the last");
        }
        if (grievance.period().to().isAfter(grievance.filedOn())) {
            throw new RuleViolation("period.to", "a grievance is about what has happened: the period cannot end "
                    + "after today (" + grievance.filedOn() + "); give the last day so far");
        }
        if (grievance.homeCountry().equals(grievance.countryOfWork())) {
            throw new RuleViolation("countryOfWork", "the country you worked, or were recruited to work, in differs "
                    + "from your home country; leave it out if you do not know it");
        }
        if (grievance.kind().claimsMoney() && grievance.amountClaimed() == null) {
            throw new RuleViolation("amountClaimed", grievance.kind() + " needs the amount claimed, with its "
                    + "currency; give your best estimate, a counsellor can correct it later");
        }
        if (grievance.amountClaimed() != null && grievance.amountClaimed().isZero()) {
            throw new RuleViolation("amountClaimed", "the amount claimed must be above zero; leave it out when "
                    + "nothing is claimed");
        }
        if (grievance.evidenceReferences().size() > MOST_EVIDENCE_REFERENCES) {
            throw new RuleViolation("evidenceReferences", "at most " + MOST_EVIDENCE_REFERENCES + " evidence "
                    + "references; bundle the rest into one file and refer to it");
        }
        Set<String> seen = new HashSet<>();
        for (String reference : grievance.evidenceReferences()) {
            if (!seen.add(reference.strip())) {
                throw new RuleViolation("evidenceReferences", "evidence " + reference.strip() + " is listed twice");
            }
        }
        if (!LANGUAGES.contains(grievance.answerLanguage())) {
            throw new RuleViolation("answerLanguage", "give the language for answers as an ISO 639-1 code, "
                    + "such as tl, en or de");
        }
    }
}
