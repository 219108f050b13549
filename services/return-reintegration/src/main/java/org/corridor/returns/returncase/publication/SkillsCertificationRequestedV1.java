package org.corridor.returns.returncase.publication;

import org.corridor.returns.returncase.api.MeasurePlanned;

import java.util.List;

/**
 * Public contract {@code return-reintegration.skills-certification-requested.v1}. The request id is the measure's
 * id; skills-recognition answers with {@code skills-recognition.skills-certified.v1} carrying it back.
 */
record SkillsCertificationRequestedV1(String requestId, String returnCaseId, String personId, String schemeId,
                                      String iscoCode, List<Skill> skills, List<String> evidenceReferences,
                                      String countryOfWork) {

    static final String TYPE = "return-reintegration.skills-certification-requested.v1";

    record Skill(String skillCode, String label, Integer level) {
    }

    static SkillsCertificationRequestedV1 from(MeasurePlanned event) {
        var certification = event.certification();
        return new SkillsCertificationRequestedV1(event.measureId(), event.returnCaseId(), event.returnee().value(),
                event.schemeId(), certification.occupation() == null ? null : certification.occupation().value(),
                certification.skills().stream().map(s -> new Skill(s.skillCode(), s.label(), s.level())).toList(),
                certification.evidenceReferences() == null ? List.of() : certification.evidenceReferences(),
                certification.countryOfWork().value());
    }
}
