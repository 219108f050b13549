package org.corridor.benchmark.matching;

import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.Requirements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Generated candidates and job orders of one scheme and occupation, the same for a given seed. */
final class Workloads {

    static final String SCHEME = "scheme-bench";
    static final String ISCO = "5321";
    static final String[] SKILLS = {"care.basic-nursing", "care.mobility", "care.hygiene", "care.medication",
            "care.documentation", "care.dementia"};
    static final LocalDate START = LocalDate.of(2027, 9, 1);

    private Workloads() {
    }

    static List<CandidateProfile> candidates(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CandidateProfile> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Integer> skills = Map.of(SKILLS[0], 1 + random.nextInt(5), SKILLS[1], 1 + random.nextInt(5),
                    SKILLS[random.nextInt(2, SKILLS.length)], 1 + random.nextInt(5));
            candidates.add(new CandidateProfile(String.format("p-%07d", i), SCHEME, ISCO, skills,
                    Map.of("de", CefrLevel.values()[random.nextInt(6)], "en", CefrLevel.values()[random.nextInt(6)]),
                    random.nextInt(4) == 0 ? CandidateProfile.Recognition.PARTIAL : CandidateProfile.Recognition.FULL,
                    START.plusDays(random.nextInt(-120, 120))));
        }
        return candidates;
    }

    static Requirements requirements(String jobOrderId, SplittableRandom random) {
        return new Requirements(jobOrderId, SCHEME, ISCO, List.of(
                new Requirements.Skill(SKILLS[0], 1 + random.nextInt(4)),
                new Requirements.Skill(SKILLS[1], 1 + random.nextInt(4)),
                new Requirements.Skill(SKILLS[random.nextInt(2, SKILLS.length)], 1 + random.nextInt(4))),
                "de", CefrLevel.values()[random.nextInt(1, 4)], START);
    }
}
