package org.corridor.returns.returncase.command;

import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.returncase.api.AssessNeeds;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.Need;
import org.corridor.returns.returncase.api.NeedArea;
import org.corridor.returns.returncase.api.PlanMeasure;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.Skill;

import java.util.EnumSet;
import java.util.Set;

/** The rules of a return registration, a needs assessment and a plan measure, each checked before recording. */
final class ReturnCasePolicy {

    private ReturnCasePolicy() {
    }

    static void check(RegisterReturn registration) {
        if (registration.returnedOn().isAfter(registration.registeredOn())) {
            throw new RuleViolation("returnedOn", "a return is registered once you are back: give the day you "
                    + "arrived, on or before today (" + registration.registeredOn() + ")");
        }
        if (registration.originCountry().equals(registration.destinationCountry())) {
            throw new RuleViolation("destinationCountry", "the country you worked in differs from the country you "
                    + "returned to; leave it out if you did not work abroad");
        }
    }

    static void check(AssessNeeds assessment) {
        if (assessment.needs() == null || assessment.needs().isEmpty()) {
            throw new RuleViolation("needs", "an assessment covers at least one area: employment, income, housing, "
                    + "health, family or skills to certify");
        }
        Set<NeedArea> areas = EnumSet.noneOf(NeedArea.class);
        for (Need need : assessment.needs()) {
            if (!areas.add(need.area())) {
                throw new RuleViolation("needs", "area " + need.area() + " is assessed twice; keep one entry per area");
            }
        }
    }

    static void check(PlanMeasure measure) {
        if (measure.dueOn().isBefore(measure.plannedOn())) {
            throw new RuleViolation("dueOn", "a measure is due on or after the day it is planned ("
                    + measure.plannedOn() + ")");
        }
        boolean startUp = measure.type() == MeasureType.BUSINESS_START_UP;
        if (startUp && (measure.grant() == null || measure.grant().isZero())) {
            throw new RuleViolation("grant", "business start-up support says how much is granted, above zero, "
                    + "with its currency");
        }
        if (!startUp && measure.grant() != null) {
            throw new RuleViolation("grant", "only business start-up support carries a grant; plan the money as a "
                    + "BUSINESS_START_UP measure");
        }
        boolean certification = measure.type() == MeasureType.SKILLS_CERTIFICATION;
        if (certification && (measure.certification() == null || measure.certification().skills() == null
                || measure.certification().skills().isEmpty())) {
            throw new RuleViolation("certification.skills", "say which skills gained abroad should be certified");
        }
        if (!certification && measure.certification() != null) {
            throw new RuleViolation("certification", "only a SKILLS_CERTIFICATION measure asks for certification");
        }
        if (certification) {
            for (Skill skill : measure.certification().skills()) {
                if (skill.level() != null && (skill.level() < 1 || skill.level() > 5)) {
                    throw new RuleViolation("certification.skills", "skill levels run from 1 (basic) to 5 (expert); "
                            + skill.label() + " has " + skill.level());
                }
            }
        }
    }
}
