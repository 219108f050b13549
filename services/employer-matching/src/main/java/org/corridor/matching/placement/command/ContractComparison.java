package org.corridor.matching.placement.command;

import org.corridor.matching.placement.api.OfferTerms;
import org.corridor.matching.placement.api.SignedContract;
import org.corridor.matching.placement.api.WorseTerm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Contract substitution: each term of the signed contract that is worse for the worker than the accepted offer. A
 * lower wage, more hours, a shorter contract, higher deductions; housing that differs from what was offered is
 * flagged too, since only the worker can say whether it is worse, and a flag only offers a grievance.
 */
final class ContractComparison {

    private ContractComparison() {
    }

    static List<WorseTerm> worseTerms(OfferTerms offered, SignedContract signed) {
        List<WorseTerm> worse = new ArrayList<>();
        if (!offered.monthlyWage().currency().equals(signed.monthlyWage().currency())
                || signed.monthlyWage().isLessThan(offered.monthlyWage())) {
            worse.add(new WorseTerm(WorseTerm.Term.WAGE, offered.monthlyWage() + " per month",
                    signed.monthlyWage() + " per month"));
        }
        if (signed.hoursPerWeek().compareTo(offered.hoursPerWeek()) > 0) {
            worse.add(new WorseTerm(WorseTerm.Term.HOURS, offered.hoursPerWeek().stripTrailingZeros().toPlainString()
                    + " hours per week", signed.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours per week"));
        }
        if (signed.contractMonths() < offered.contractMonths()) {
            worse.add(new WorseTerm(WorseTerm.Term.DURATION, offered.contractMonths() + " months",
                    signed.contractMonths() + " months"));
        }
        if (!offered.monthlyDeductions().currency().equals(signed.monthlyDeductions().currency())
                || offered.monthlyDeductions().isLessThan(signed.monthlyDeductions())) {
            worse.add(new WorseTerm(WorseTerm.Term.DEDUCTIONS, offered.monthlyDeductions() + " per month",
                    signed.monthlyDeductions() + " per month"));
        }
        if (!Objects.equals(normalise(offered.housing()), normalise(signed.housing()))) {
            worse.add(new WorseTerm(WorseTerm.Term.HOUSING, offered.housing(), signed.housing()));
        }
        return worse;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase();
    }
}
