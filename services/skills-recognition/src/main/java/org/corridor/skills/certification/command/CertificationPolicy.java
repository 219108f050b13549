package org.corridor.skills.certification.command;

import org.corridor.skills.certification.api.CertificationOutcome;
import org.corridor.skills.certification.api.ClaimedSkill;
import org.corridor.skills.certification.api.CertifySkillsGainedAbroad;
import org.corridor.skills.certification.api.StandardSkill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Certifies skills gained abroad against the scheme's standard: a claimed skill is certified when the standard
 * requires it and the claimed level reaches the standard's, with evidence behind the request. Every skill not
 * certified gets a reason the returnee and their counsellor can act on.
 */
final class CertificationPolicy {

    record Assessment(CertificationOutcome outcome, List<StandardSkill> certified, List<String> reasons) {
    }

    private CertificationPolicy() {
    }

    static Assessment assess(CertifySkillsGainedAbroad request) {
        List<String> reasons = new ArrayList<>();
        if (request.standard().isEmpty()) {
            reasons.add("the request names no scheme occupation whose training standard is known here; ask for a "
                    + "certification naming the scheme and the ISCO-08 occupation");
            return new Assessment(CertificationOutcome.NOT_CERTIFIED, List.of(), reasons);
        }
        if (request.evidence().isEmpty()) {
            reasons.add("the request carries no evidence (employer reference, certificate); add at least one");
            return new Assessment(CertificationOutcome.NOT_CERTIFIED, List.of(), reasons);
        }
        Map<String, StandardSkill> standard = request.standard().stream()
                .collect(Collectors.toMap(StandardSkill::skillCode, Function.identity(), (a, b) -> a));
        List<StandardSkill> certified = new ArrayList<>();
        for (ClaimedSkill claim : request.claimed()) {
            Optional<StandardSkill> required = Optional.ofNullable(claim.skillCode()).map(standard::get);
            if (required.isEmpty()) {
                reasons.add("'" + claim.label() + "' is not a skill of the standard"
                        + (claim.skillCode() == null ? " (no skill code given)" : " (" + claim.skillCode() + ")")
                        + "; a training provider can assess it as a new skill");
            } else if (claim.level() == null) {
                reasons.add("'" + claim.label() + "' has no level; the standard requires level "
                        + required.get().level() + ", to be shown by an assessment");
            } else if (claim.level() < required.get().level()) {
                reasons.add("'" + claim.label() + "' is at level " + claim.level() + ", below the standard's "
                        + required.get().level() + "; a top-up module can close the gap");
            } else if (certified.stream().noneMatch(s -> s.skillCode().equals(claim.skillCode()))) {
                certified.add(new StandardSkill(required.get().skillCode(), required.get().label(), claim.level()));
            }
        }
        CertificationOutcome outcome = certified.isEmpty() ? CertificationOutcome.NOT_CERTIFIED
                : certified.size() == standard.size() ? CertificationOutcome.CERTIFIED
                : CertificationOutcome.PARTIALLY_CERTIFIED;
        if (outcome == CertificationOutcome.PARTIALLY_CERTIFIED) {
            standard.values().stream().filter(s -> certified.stream().noneMatch(c -> c.skillCode().equals(s.skillCode())))
                    .forEach(s -> reasons.add("the standard's '" + s.label() + "' (" + s.skillCode() + ", level "
                            + s.level() + ") was not shown"));
        }
        return new Assessment(outcome, certified, reasons);
    }
}
