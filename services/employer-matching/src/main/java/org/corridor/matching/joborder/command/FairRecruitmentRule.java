package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;

/** One named rule of fair recruitment (ILO General Principles and Operational Guidelines for Fair Recruitment). */
interface FairRecruitmentRule {

    String name();

    List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context);

    default RuleBreach breach(String field, String explanation, String whatToDo) {
        return new RuleBreach(name(), field, explanation, whatToDo);
    }
}
