package org.corridor.returns.returncase.command;

import org.corridor.kernel.types.RuleViolation;

/**
 * A registration or a permit's end reached a case that closed since it was chosen: {@link OneCasePerReturn} sends
 * it on to the person's next case.
 */
class CaseClosedMeanwhile extends RuleViolation {

    CaseClosedMeanwhile(String returnCaseId) {
        super("returnCaseId", "closed-meanwhile", "return case " + returnCaseId + " closed meanwhile; a new return "
                + "opens a new case");
    }
}
