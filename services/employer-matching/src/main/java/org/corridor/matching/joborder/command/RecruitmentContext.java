package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.SchemeRules;

import java.util.List;

/**
 * What the rules check a job order against besides its own terms.
 *
 * @param scheme               null when employer-matching knows no such scheme
 * @param positionsTakenByOthers positions of the scheme's other orders in the same intake year
 */
record RecruitmentContext(boolean employerMayOpen, List<String> employerStandingReasons, SchemeRules scheme,
                          int positionsTakenByOthers) {
}
