package org.corridor.skills.certification.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.certification.api.CertificationOutcome;
import org.corridor.skills.certification.api.CertifySkillsGainedAbroad;
import org.corridor.skills.certification.api.ClaimedSkill;
import org.corridor.skills.certification.api.SkillsCertified;
import org.corridor.skills.certification.api.StandardSkill;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SkillsCertificationTest {

    static final PersonId ANA = PersonId.of("p-ana");
    static final LocalDate TODAY = LocalDate.of(2029, 3, 1);
    static final StandardSkill NURSING = new StandardSkill("care.basic-nursing", "Basic nursing care", 3);
    static final StandardSkill MOBILITY = new StandardSkill("care.mobility", "Mobility support", 3);
    static final List<String> EVIDENCE = List.of("employer-reference:ev-1");

    static CertifySkillsGainedAbroad request(List<ClaimedSkill> claimed, List<String> evidence,
                                             List<StandardSkill> standard) {
        return new CertifySkillsGainedAbroad("rq-1", ANA, "rc-1", claimed, evidence, standard, TODAY);
    }

    @Test
    void skills_that_reach_every_level_of_the_standard_are_certified() {
        new AggregateTestFixture<>(SkillsCertification.class).givenNoPriorActivity()
                .when(request(List.of(new ClaimedSkill("care.basic-nursing", "Nursing", 4),
                        new ClaimedSkill("care.mobility", "Mobility", 3)), EVIDENCE, List.of(NURSING, MOBILITY)))
                .expectEvents(new SkillsCertified("rq-1", ANA, "rc-1", CertificationOutcome.CERTIFIED,
                        List.of(new StandardSkill("care.basic-nursing", "Basic nursing care", 4),
                                new StandardSkill("care.mobility", "Mobility support", 3)), List.of(), TODAY));
    }

    @Test
    void a_skill_below_the_standard_s_level_is_not_certified_and_says_why() {
        var assessment = CertificationPolicy.assess(request(List.of(new ClaimedSkill("care.basic-nursing", "Nursing", 4),
                new ClaimedSkill("care.mobility", "Mobility", 2)), EVIDENCE, List.of(NURSING, MOBILITY)));
        assertThat(assessment.outcome()).isEqualTo(CertificationOutcome.PARTIALLY_CERTIFIED);
        assertThat(assessment.certified()).extracting(StandardSkill::skillCode).containsExactly("care.basic-nursing");
        assertThat(assessment.reasons()).anySatisfy(r -> assertThat(r).contains("'Mobility' is at level 2, below the standard's 3"));
    }

    @Test
    void a_skill_without_code_or_level_is_not_certified_and_says_what_is_needed() {
        var assessment = CertificationPolicy.assess(request(List.of(new ClaimedSkill(null, "Dementia care", null),
                new ClaimedSkill("care.mobility", "Mobility", null)), EVIDENCE, List.of(MOBILITY)));
        assertThat(assessment.outcome()).isEqualTo(CertificationOutcome.NOT_CERTIFIED);
        assertThat(assessment.reasons()).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("'Dementia care' is not a skill of the standard (no skill code given)"))
                .anySatisfy(r -> assertThat(r).contains("'Mobility' has no level"));
    }

    @Test
    void a_request_without_evidence_is_not_certified() {
        var assessment = CertificationPolicy.assess(request(List.of(new ClaimedSkill("care.mobility", "Mobility", 5)),
                List.of(), List.of(MOBILITY)));
        assertThat(assessment.outcome()).isEqualTo(CertificationOutcome.NOT_CERTIFIED);
        assertThat(assessment.reasons()).singleElement().satisfies(r -> assertThat(r).contains("no evidence"));
    }

    @Test
    void without_a_known_standard_nothing_is_certified_and_the_answer_says_so() {
        var assessment = CertificationPolicy.assess(request(List.of(new ClaimedSkill("care.mobility", "Mobility", 5)),
                EVIDENCE, List.of()));
        assertThat(assessment.outcome()).isEqualTo(CertificationOutcome.NOT_CERTIFIED);
        assertThat(assessment.reasons()).singleElement().satisfies(r -> assertThat(r).contains("no scheme occupation"));
    }
}
