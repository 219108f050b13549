package org.corridor.skills.certification.publication;

import org.corridor.skills.certification.api.SkillsCertified;

import java.util.List;

/** Public contract {@code skills-recognition.skills-certified.v1}. */
record SkillsCertifiedV1(String requestId, String personId, String returnCaseId, String outcome,
                         List<Skill> certifiedSkills, List<String> reasons, String decidedOn) {

    static final String TYPE = "skills-recognition.skills-certified.v1";

    record Skill(String skillCode, String label, int level) {
    }

    static SkillsCertifiedV1 from(SkillsCertified e) {
        return new SkillsCertifiedV1(e.requestId(), e.personId().value(), e.returnCaseId(), e.outcome().name(),
                e.certified().stream().map(s -> new Skill(s.skillCode(), s.label(), s.level())).toList(),
                e.reasons(), e.decidedOn().toString());
    }
}
