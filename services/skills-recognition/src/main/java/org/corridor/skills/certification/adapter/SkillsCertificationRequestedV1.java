package org.corridor.skills.certification.adapter;

import java.util.List;

/** This service's copy of {@code return-reintegration.skills-certification-requested.v1} (fields it uses). */
record SkillsCertificationRequestedV1(String requestId, String returnCaseId, String personId, String schemeId,
                                      String iscoCode, List<Skill> skills, List<String> evidenceReferences) {

    static final String TYPE = "return-reintegration.skills-certification-requested.v1";

    record Skill(String skillCode, String label, Integer level) {
    }
}
