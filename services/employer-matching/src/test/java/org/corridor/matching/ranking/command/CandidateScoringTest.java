package org.corridor.matching.ranking.command;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.RankedCandidate;
import org.corridor.matching.ranking.api.Requirements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateScoringTest {

    static final Requirements CARE = new Requirements("jo-1", "s-1", "5321",
            List.of(new Requirements.Skill("care.basic-nursing", 3), new Requirements.Skill("care.mobility", 2)),
            "de", CefrLevel.B1, LocalDate.of(2027, 9, 1));

    static CandidateProfile candidate(String id, int nursing, int mobility, CefrLevel german,
                                      CandidateProfile.Recognition recognition, LocalDate available) {
        return new CandidateProfile(id, "s-1", "5321", Map.of("care.basic-nursing", nursing, "care.mobility", mobility),
                german == null ? Map.of() : Map.of("de", german), recognition, available);
    }

    @Example
    void a_candidate_meeting_every_requirement_with_full_recognition_scores_the_maximum() {
        RankedCandidate ranked = CandidateScoring.explain(1, candidate("p-1", 3, 2, CefrLevel.B1,
                CandidateProfile.Recognition.FULL, LocalDate.of(2027, 6, 1)), CARE);
        assertThat(ranked.meetsEveryRequirement()).isTrue();
        assertThat(ranked.score()).isEqualTo(CandidateScoring.MAX);
        assertThat(ranked.terms()).extracting(t -> t.points()).containsExactly(500, 200, 200, 100);
    }

    @Example
    void each_term_explains_what_was_held_against_what_was_required() {
        RankedCandidate ranked = CandidateScoring.explain(1, candidate("p-1", 0, 1, CefrLevel.A2,
                CandidateProfile.Recognition.PARTIAL, LocalDate.of(2027, 11, 15)), CARE);
        assertThat(ranked.meetsEveryRequirement()).isFalse();
        assertThat(ranked.terms().get(0).explanation()).contains("care.basic-nursing not held of 3 required")
                .contains("care.mobility at level 1 of 2 required");
        assertThat(ranked.terms().get(0).points()).isEqualTo(125);
        assertThat(ranked.terms().get(1).explanation()).isEqualTo("Language de at A2, B1 required.");
        assertThat(ranked.terms().get(2).points()).isEqualTo(100);
        assertThat(ranked.terms().get(3).requirementMet()).isFalse();
        assertThat(ranked.score()).isEqualTo(ranked.terms().stream().mapToInt(t -> t.points()).sum());
    }

    @Example
    void equal_candidates_are_ordered_by_person_id() {
        List<CandidateProfile> pool = List.of(
                candidate("p-b", 3, 2, CefrLevel.B1, CandidateProfile.Recognition.FULL, LocalDate.of(2027, 1, 1)),
                candidate("p-a", 3, 2, CefrLevel.B1, CandidateProfile.Recognition.FULL, LocalDate.of(2027, 1, 1)));
        assertThat(CandidateScoring.top(pool, CARE, 10)).extracting(RankedCandidate::personId)
                .containsExactly("p-a", "p-b");
    }

    @Example
    void candidates_of_another_occupation_or_scheme_are_not_ranked() {
        CandidateProfile nurse = new CandidateProfile("p-n", "s-1", "2221", Map.of(), Map.of(),
                CandidateProfile.Recognition.FULL, LocalDate.of(2027, 1, 1));
        CandidateProfile elsewhere = new CandidateProfile("p-e", "s-2", "5321", Map.of(), Map.of(),
                CandidateProfile.Recognition.FULL, LocalDate.of(2027, 1, 1));
        assertThat(CandidateScoring.top(List.of(nurse, elsewhere), CARE, 10)).isEmpty();
    }

    @Provide
    Arbitrary<List<CandidateProfile>> pools() {
        return candidates().list().ofMaxSize(40).uniqueElements(CandidateProfile::personId);
    }

    static Arbitrary<CandidateProfile> candidates() {
        Arbitrary<Integer> level = Arbitraries.integers().between(0, 5);
        Arbitrary<CefrLevel> german = Arbitraries.of(CefrLevel.values()).injectNull(0.2);
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), level, level, german,
                        Arbitraries.of(CandidateProfile.Recognition.values()),
                        Arbitraries.integers().between(-200, 200))
                .as((id, nursing, mobility, de, recognition, days) -> candidate(id, nursing, mobility, de,
                        recognition, LocalDate.of(2027, 9, 1).plusDays(days)));
    }

    @Property(tries = 300)
    void a_candidate_meeting_every_requirement_always_ranks_above_one_who_misses_any(
            @ForAll("pools") List<CandidateProfile> pool) {
        List<RankedCandidate> ranked = CandidateScoring.top(pool, CARE, pool.size() + 1);
        int lastMeeting = IntStream.range(0, ranked.size()).filter(i -> ranked.get(i).meetsEveryRequirement())
                .max().orElse(-1);
        int firstMissing = IntStream.range(0, ranked.size()).filter(i -> !ranked.get(i).meetsEveryRequirement())
                .min().orElse(Integer.MAX_VALUE);
        assertThat(lastMeeting).isLessThan(firstMissing);
    }

    @Property(tries = 200)
    void the_shortlist_counts_every_eligible_candidate_however_few_it_shows(
            @ForAll("pools") List<CandidateProfile> pool) {
        CandidateScoring.Shortlist shortlist = CandidateScoring.shortlist(pool, CARE, 3);
        assertThat(shortlist.eligible()).isEqualTo(pool.stream().filter(c -> CandidateScoring.eligible(c, CARE)).count());
        assertThat(shortlist.top()).hasSize((int) Math.min(3, shortlist.eligible()));
    }

    @Property(tries = 200)
    void the_top_of_a_pool_is_the_head_of_its_full_ranking(@ForAll("pools") List<CandidateProfile> pool) {
        List<RankedCandidate> all = CandidateScoring.top(pool, CARE, pool.size() + 1);
        List<RankedCandidate> top3 = CandidateScoring.top(pool, CARE, 3);
        assertThat(top3).isEqualTo(all.subList(0, Math.min(3, all.size())));
    }

    // --- any job order: required skills with levels, an optional language, a start date

    static final String[] SKILL_CODES = {"care.basic-nursing", "care.mobility", "care.hygiene", "care.medication"};
    static final LocalDate START = LocalDate.of(2027, 9, 1);

    @Provide
    Arbitrary<Requirements> jobOrders() {
        Arbitrary<List<Requirements.Skill>> skills = Combinators.combine(Arbitraries.of(SKILL_CODES),
                        Arbitraries.integers().between(1, 5)).as(Requirements.Skill::new)
                .list().ofMaxSize(4).uniqueElements(Requirements.Skill::skillCode);
        Arbitrary<CefrLevel> level = Arbitraries.of(CefrLevel.values()).injectNull(0.25);
        return Combinators.combine(skills, level).as((required, german) -> new Requirements("jo-any", "s-1", "5321",
                required, german == null ? null : "de", german, START));
    }

    @Provide
    Arbitrary<List<CandidateProfile>> anyPools() {
        Arbitrary<Map<String, Integer>> held = Arbitraries.maps(Arbitraries.of(SKILL_CODES),
                Arbitraries.integers().between(1, 5)).ofMaxSize(SKILL_CODES.length);
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), held,
                        Arbitraries.of(CefrLevel.values()).injectNull(0.2),
                        Arbitraries.of(CandidateProfile.Recognition.values()),
                        Arbitraries.integers().between(-200, 200))
                .as((id, skills, german, recognition, days) -> new CandidateProfile(id, "s-1", "5321", skills,
                        german == null ? Map.of() : Map.of("de", german), recognition, START.plusDays(days)))
                .list().ofMaxSize(40).uniqueElements(CandidateProfile::personId);
    }

    /** Whether the candidate meets every requirement, worked out here from the job order, not by the scoring. */
    static boolean qualifies(CandidateProfile candidate, Requirements order) {
        boolean skills = order.skills().stream()
                .allMatch(s -> candidate.skills().getOrDefault(s.skillCode(), 0) >= s.level());
        boolean language = order.language() == null || (candidate.languages().containsKey(order.language())
                && candidate.languages().get(order.language()).compareTo(order.languageLevel()) >= 0);
        return skills && language && !candidate.availableFrom().isAfter(order.startDate());
    }

    @Property(tries = 500)
    void for_any_job_order_a_fully_qualified_candidate_outranks_every_one_missing_any_requirement(
            @ForAll("jobOrders") Requirements order, @ForAll("anyPools") List<CandidateProfile> pool) {
        Map<String, CandidateProfile> byId = new java.util.HashMap<>();
        pool.forEach(c -> byId.put(c.personId(), c));
        List<RankedCandidate> ranked = CandidateScoring.top(pool, order, pool.size() + 1);
        assertThat(ranked).hasSize(pool.size());
        boolean missedSeen = false;
        for (RankedCandidate candidate : ranked) {
            boolean qualified = qualifies(byId.get(candidate.personId()), order);
            assertThat(candidate.meetsEveryRequirement()).as(candidate.personId()).isEqualTo(qualified);
            assertThat(qualified && missedSeen).as("%s qualifies but ranks below one who misses a requirement",
                    candidate.personId()).isFalse();
            missedSeen |= !qualified;
        }
    }

    @Property(tries = 300)
    void the_skills_term_explains_every_required_skill_at_the_level_held_and_is_met_only_when_all_are(
            @ForAll("jobOrders") Requirements order, @ForAll("anyPools") List<CandidateProfile> pool) {
        for (CandidateProfile candidate : pool) {
            var skills = CandidateScoring.explain(1, candidate, order).terms().get(0);
            assertThat(skills.term()).isEqualTo("skills");
            boolean allHeld = order.skills().stream()
                    .allMatch(s -> candidate.skills().getOrDefault(s.skillCode(), 0) >= s.level());
            assertThat(skills.requirementMet()).isEqualTo(allHeld);
            assertThat(skills.points()).isBetween(0, skills.maxPoints());
            assertThat(skills.points() == skills.maxPoints()).isEqualTo(allHeld);
            for (Requirements.Skill required : order.skills()) {
                int held = candidate.skills().getOrDefault(required.skillCode(), 0);
                assertThat(skills.explanation()).contains(required.skillCode() + " "
                        + (held == 0 ? "not held" : "at level " + held) + " of " + required.level() + " required");
            }
        }
    }
}
