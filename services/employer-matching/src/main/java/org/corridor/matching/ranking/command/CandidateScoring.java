package org.corridor.matching.ranking.command;

import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.RankedCandidate;
import org.corridor.matching.ranking.api.Requirements;
import org.corridor.matching.ranking.api.ScoreTerm;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The explained score of a candidate for a job order, out of 1000 points: required skills 500 (shared equally,
 * each in proportion to the level held up to the level required), language 200, recognition 200 (full 200,
 * partial 100), availability 100 (full when available by the start date, 10 fewer per month later, down to 0).
 *
 * <p>Order: a candidate who meets every requirement (each required skill at its level, the language at its level,
 * available by the start date) always comes before one who does not; then the higher score; then, as the stated
 * tie-break, the lower person id. Nothing else enters: the pool holds no gender, age or nationality.
 */
public final class CandidateScoring {

    public static final int MAX = 1000;
    static final int SKILLS = 500;
    static final int LANGUAGE = 200;
    static final int RECOGNITION = 200;
    static final int AVAILABILITY = 100;
    /** Skill levels run 1 to 5; 60 is divisible by each, so a skill's share of its term is a whole number. */
    private static final int WHOLE = 60;

    /** Best first: meets every requirement, then score, then person id. */
    public static final Comparator<Scored> ORDER = CandidateScoring::compare;

    private CandidateScoring() {
    }

    /** A candidate's score without its explanation: what ranking and allocation compare. */
    public record Scored(String personId, boolean meetsEveryRequirement, int score) {
    }

    /** Negative when {@code a} ranks before {@code b}: every requirement met first, then score, then person id. */
    static int compare(Scored a, Scored b) {
        if (a.meetsEveryRequirement() != b.meetsEveryRequirement()) {
            return a.meetsEveryRequirement() ? -1 : 1;
        }
        if (a.score() != b.score()) {
            return a.score() > b.score() ? -1 : 1;
        }
        return a.personId().compareTo(b.personId());
    }

    public static boolean eligible(CandidateProfile candidate, Requirements requirements) {
        return candidate.schemeId().equals(requirements.schemeId())
                && candidate.iscoCode().equals(requirements.iscoCode());
    }

    public static Scored score(CandidateProfile candidate, Requirements requirements) {
        boolean met = true;
        int points = 0;
        int skillCount = requirements.skills().size();
        int shares = 0;
        for (Requirements.Skill skill : requirements.skills()) {
            int held = candidate.skills().getOrDefault(skill.skillCode(), 0);
            met &= held >= skill.level();
            shares += share(held, skill.level());
        }
        points += skillPoints(shares, skillCount);
        if (requirements.language() == null) {
            points += LANGUAGE;
        } else {
            CefrLevel held = candidate.languages().get(requirements.language());
            met &= held != null && held.meets(requirements.languageLevel());
            points += languagePoints(held, requirements.languageLevel());
        }
        points += candidate.recognition() == CandidateProfile.Recognition.FULL ? RECOGNITION : RECOGNITION / 2;
        long monthsLate = monthsLate(candidate, requirements);
        met &= monthsLate == 0;
        points += (int) Math.max(0, AVAILABILITY - 10 * monthsLate);
        return new Scored(candidate.personId(), met, points);
    }

    /** The candidate's score with every term explained. */
    public static RankedCandidate explain(int rank, CandidateProfile candidate, Requirements requirements) {
        List<ScoreTerm> terms = new ArrayList<>();
        int skillCount = requirements.skills().size();
        if (skillCount == 0) {
            terms.add(new ScoreTerm("skills", SKILLS, SKILLS, true, "The job order requires no particular skill."));
        } else {
            int shares = 0;
            boolean met = true;
            List<String> parts = new ArrayList<>();
            for (Requirements.Skill skill : requirements.skills()) {
                int held = candidate.skills().getOrDefault(skill.skillCode(), 0);
                met &= held >= skill.level();
                shares += share(held, skill.level());
                parts.add(skill.skillCode() + " " + (held == 0 ? "not held" : "at level " + held) + " of "
                        + skill.level() + " required");
            }
            terms.add(new ScoreTerm("skills", skillPoints(shares, skillCount), SKILLS, met, String.join("; ", parts) + "."));
        }
        if (requirements.language() == null) {
            terms.add(new ScoreTerm("language", LANGUAGE, LANGUAGE, true, "The job order requires no language."));
        } else {
            CefrLevel held = candidate.languages().get(requirements.language());
            terms.add(new ScoreTerm("language", languagePoints(held, requirements.languageLevel()), LANGUAGE,
                    held != null && held.meets(requirements.languageLevel()), "Language " + requirements.language()
                    + (held == null ? " not held" : " at " + held) + ", " + requirements.languageLevel()
                    + " required."));
        }
        boolean full = candidate.recognition() == CandidateProfile.Recognition.FULL;
        terms.add(new ScoreTerm("recognition", full ? RECOGNITION : RECOGNITION / 2, RECOGNITION, true,
                full ? "Qualification fully recognised at destination."
                        : "Qualification partially recognised: compensation measures remain."));
        long late = monthsLate(candidate, requirements);
        terms.add(new ScoreTerm("availability", (int) Math.max(0, AVAILABILITY - 10 * late), AVAILABILITY, late == 0,
                "Available from " + candidate.availableFrom() + (late == 0 ? ", by the start on "
                        : ", " + late + " month(s) after the start on ") + requirements.startDate() + "."));
        Scored scored = score(candidate, requirements);
        return new RankedCandidate(rank, candidate.personId(), scored.meetsEveryRequirement(), scored.score(), MAX,
                List.copyOf(terms));
    }

    /**
     * The best {@code limit} eligible candidates, best first, explained. Scores every candidate but keeps only
     * {@code limit} in a bounded heap, and explains only those.
     */
    public static List<RankedCandidate> top(Iterable<CandidateProfile> pool, Requirements requirements, int limit) {
        return shortlist(pool, requirements, limit).top();
    }

    /** The best {@code limit} eligible candidates, explained, and how many were eligible: one pass over the pool. */
    public static Shortlist shortlist(Iterable<CandidateProfile> pool, Requirements requirements, int limit) {
        long eligible = 0;
        PriorityQueue<Entry> worstFirst = new PriorityQueue<>(limit + 1,
                (a, b) -> compare(b.scored(), a.scored()));
        for (CandidateProfile candidate : pool) {
            if (!eligible(candidate, requirements)) {
                continue;
            }
            eligible++;
            Scored scored = score(candidate, requirements);
            if (worstFirst.size() < limit) {
                worstFirst.add(new Entry(candidate, scored));
            } else if (compare(scored, worstFirst.peek().scored()) < 0) {
                worstFirst.poll();
                worstFirst.add(new Entry(candidate, scored));
            }
        }
        List<Entry> best = new ArrayList<>(worstFirst);
        best.sort((a, b) -> compare(a.scored(), b.scored()));
        List<RankedCandidate> ranked = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            ranked.add(explain(i + 1, best.get(i).candidate(), requirements));
        }
        return new Shortlist(ranked, eligible);
    }

    /** The best candidates in rank order, explained, and how many in the pool were eligible at all. */
    public record Shortlist(List<RankedCandidate> top, long eligible) {
    }

    private record Entry(CandidateProfile candidate, Scored scored) {
    }

    /** A required skill's share, out of {@value #WHOLE}: the level held up to the level required, over it. */
    private static int share(int held, int required) {
        return WHOLE * Math.min(held, required) / required;
    }

    /** The skills term: the shares added up before dividing, so every skill held in full gives all 500 points. */
    private static int skillPoints(int shares, int skillCount) {
        return skillCount == 0 ? SKILLS : SKILLS * shares / (WHOLE * skillCount);
    }

    private static int languagePoints(CefrLevel held, CefrLevel required) {
        if (held == null) {
            return 0;
        }
        return LANGUAGE * Math.min(held.ordinal() + 1, required.ordinal() + 1) / (required.ordinal() + 1);
    }

    private static long monthsLate(CandidateProfile candidate, Requirements requirements) {
        if (!candidate.availableFrom().isAfter(requirements.startDate())) {
            return 0;
        }
        return Math.max(1, ChronoUnit.MONTHS.between(requirements.startDate(), candidate.availableFrom()));
    }
}
