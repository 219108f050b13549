package org.corridor.returns.returncase.adapter;

import java.util.List;

/** Return-reintegration's own copy of {@code skills-recognition.skills-certified.v1}. */
record SkillsCertifiedV1(String requestId, String personId, String returnCaseId, String outcome,
                         List<Skill> certifiedSkills, List<String> reasons, String decidedOn) {

    static final String TYPE = "skills-recognition.skills-certified.v1";

    record Skill(String skillCode, String label, Integer level) {
    }
}
