package org.corridor.skills.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * Return-reintegration asks for a returnee's skills gained abroad to be certified against the scheme's standard
 * for their occupation ({@code standard} empty when the request names no scheme or occupation this service knows).
 */
public record CertifySkillsGainedAbroad(@TargetAggregateIdentifier String requestId, PersonId personId,
                                        String returnCaseId, List<ClaimedSkill> claimed, List<String> evidence,
                                        List<StandardSkill> standard, LocalDate decidedOn) {

    public CertifySkillsGainedAbroad {
        claimed = claimed == null ? List.of() : List.copyOf(claimed);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        standard = standard == null ? List.of() : List.copyOf(standard);
    }
}
