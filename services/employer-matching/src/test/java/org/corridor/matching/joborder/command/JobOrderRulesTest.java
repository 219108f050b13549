package org.corridor.matching.joborder.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.Money;
import org.corridor.matching.common.NotNow;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.api.AmendJobOrder;
import org.corridor.matching.joborder.api.ChangeJobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderAmended;
import org.corridor.matching.joborder.api.JobOrderAmendmentRefused;
import org.corridor.matching.joborder.api.JobOrderDecision;
import org.corridor.matching.joborder.api.JobOrderOpened;
import org.corridor.matching.joborder.api.JobOrderRefused;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderStatusChanged;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.OpenJobOrder;
import org.corridor.matching.joborder.api.PaidBy;
import org.corridor.matching.joborder.api.RuleBreach;
import org.corridor.matching.joborder.api.SchemeRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

/** Each fair-recruitment rule, refused just past its boundary and accepted at it. */
class JobOrderRulesTest {

    static final String SCHEME = "scheme-1";
    static final String EMPLOYER = "emp-1";
    static final String ORDER = "jo-1";
    static final SchemeRules RULES = new SchemeRules(SCHEME, false, null,
            Map.of("5321", new SchemeRules.Occupation("5321", "Health care assistants", eur("2650.00"))),
            Map.of("5321", Map.of("DE-BY", eur("2900.00"))),
            List.of(new SchemeRules.Quota(10, 2027)));
    static final JobOrderTerms FAIR = new JobOrderTerms(SCHEME, "5321", 4,
            List.of(new JobOrderTerms.RequiredSkill("care.basic-nursing", 3)),
            new JobOrderTerms.LanguageRequirement("de", CefrLevel.B1), eur("2900.00"), new BigDecimal("38.5"), 24,
            new JobOrderTerms.WorkLocation("Munich", "DE-BY"),
            new JobOrderTerms.HousingTerms(true, "Furnished flat", eur("350.00")),
            List.of(new JobOrderTerms.RecruitmentCost("visa fee", eur("75.00"), PaidBy.EMPLOYER)),
            LocalDate.of(2027, 9, 1));

    AggregateTestFixture<JobOrder> fixture;
    FakeRulebook rulebook;
    FakeRegister employers;
    FakePlaces places;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(JobOrder.class);
        rulebook = new FakeRulebook();
        employers = new FakeRegister();
        places = new FakePlaces();
        fixture.registerAnnotatedCommandHandler(new JobOrderHandler(fixture.getRepository(), employers, rulebook,
                places));
    }

    // --- the whole order

    @Test
    void a_job_order_meeting_every_rule_opens() {
        open(FAIR).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .expectResultMessagePayload(new JobOrderDecision(ORDER, true, List.of()));
    }

    @Test
    void a_refusal_lists_one_breach_per_broken_rule_and_is_recorded() {
        JobOrderTerms unfair = with(FAIR, "2000.00", null, List.of(
                new JobOrderTerms.RecruitmentCost("agency fee", eur("500.00"), PaidBy.WORKER)));
        open(unfair).expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                event instanceof JobOrderRefused refused && rules(refused.breaches()).containsAll(List.of(
                        "employer-pays-principle", "wage-floor", "equal-treatment-wage"))
                        && refused.breaches().size() == 3))));
    }

    // --- Employer Pays Principle

    @Test
    void employer_pays_principle_refuses_any_cost_charged_to_the_worker() {
        JobOrderTerms terms = withCosts(FAIR, List.of(
                new JobOrderTerms.RecruitmentCost("visa fee", eur("75.00"), PaidBy.EMPLOYER),
                new JobOrderTerms.RecruitmentCost("medical check", eur("0.01"), PaidBy.WORKER)));
        expectRefusal(open(terms), "employer-pays-principle", "recruitmentCosts[1].paidBy");
    }

    @Test
    void employer_pays_principle_accepts_every_cost_borne_by_the_employer() {
        JobOrderTerms terms = withCosts(FAIR, List.of(
                new JobOrderTerms.RecruitmentCost("agency fee", eur("1200.00"), PaidBy.EMPLOYER),
                new JobOrderTerms.RecruitmentCost("flight", eur("900.00"), PaidBy.EMPLOYER)));
        open(terms).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, terms));
    }

    // --- wage floor (in a region without a benchmark)

    @Test
    void wage_floor_refuses_a_cent_below_the_schemes_floor() {
        expectRefusal(open(inRegion(FAIR, "DE-HH", "2649.99")), "wage-floor", "monthlyWage");
    }

    @Test
    void wage_floor_accepts_exactly_the_schemes_floor() {
        JobOrderTerms terms = inRegion(FAIR, "DE-HH", "2650.00");
        open(terms).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, terms));
    }

    @Test
    void wage_floor_refuses_a_wage_in_another_currency() {
        JobOrderTerms terms = new JobOrderTerms(SCHEME, "5321", 4, List.of(), null, Money.of("9000", "PLN"),
                new BigDecimal("38.5"), 24, new JobOrderTerms.WorkLocation("Hamburg", "DE-HH"), FAIR.housing(),
                List.of(), FAIR.startDate());
        expectRefusal(open(terms), "wage-floor", "monthlyWage.currency");
    }

    // --- equal treatment

    @Test
    void equal_treatment_refuses_a_wage_below_the_national_benchmark_of_the_region() {
        expectRefusal(open(inRegion(FAIR, "DE-BY", "2899.99")), "equal-treatment-wage", "monthlyWage");
    }

    @Test
    void equal_treatment_accepts_exactly_the_national_benchmark() {
        JobOrderTerms terms = inRegion(FAIR, "DE-BY", "2900.00");
        open(terms).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, terms));
    }

    // --- complete working terms

    @Test
    void complete_working_terms_refuse_missing_hours_duration_location_and_housing_each() {
        JobOrderTerms vague = new JobOrderTerms(SCHEME, "5321", 4, List.of(), null, eur("2900.00"), null, null, null,
                null, List.of(), FAIR.startDate());
        open(vague).expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                event instanceof JobOrderRefused refused
                        && fields(refused.breaches()).equals(List.of("hoursPerWeek", "contractMonths", "location",
                        "housing"))
                        && rules(refused.breaches()).stream().allMatch("complete-working-terms"::equals)))));
    }

    @Test
    void complete_working_terms_refuse_a_location_without_region() {
        JobOrderTerms terms = new JobOrderTerms(SCHEME, "5321", 4, List.of(), null, eur("2900.00"),
                new BigDecimal("38.5"), 24, new JobOrderTerms.WorkLocation("Munich", " "), FAIR.housing(), List.of(),
                FAIR.startDate());
        expectRefusal(open(terms), "complete-working-terms", "location");
    }

    @Test
    void complete_working_terms_accept_housing_not_provided_when_it_is_stated() {
        JobOrderTerms terms = new JobOrderTerms(SCHEME, "5321", 4, List.of(), null, eur("2900.00"),
                new BigDecimal("0.5"), 1, FAIR.location(),
                new JobOrderTerms.HousingTerms(false, "Not provided; the employer helps find a flat", null),
                List.of(), FAIR.startDate());
        open(terms).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, terms));
    }

    // --- occupation in scheme

    @Test
    void occupation_in_scheme_refuses_an_occupation_the_scheme_does_not_cover() {
        JobOrderTerms terms = new JobOrderTerms(SCHEME, "2221", 4, List.of(), null, eur("3400.00"),
                new BigDecimal("38.5"), 24, FAIR.location(), FAIR.housing(), List.of(), FAIR.startDate());
        expectRefusal(open(terms), "occupation-in-scheme", "iscoCode");
    }

    // --- quota

    @Test
    void scheme_quota_accepts_positions_that_exactly_fill_the_remaining_places() {
        places.held.put("jo-other", 6);
        open(FAIR).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, FAIR));
    }

    @Test
    void scheme_quota_refuses_one_position_more_than_the_remaining_places() {
        places.held.put("jo-other", 7);
        expectRefusal(open(FAIR), "scheme-quota", "positions");
        assertThat(places.held).containsOnlyKeys("jo-other");
    }

    @Test
    void scheme_quota_refuses_a_start_in_a_year_without_places() {
        JobOrderTerms terms = new JobOrderTerms(SCHEME, "5321", 4, FAIR.requiredSkills(), FAIR.language(),
                FAIR.monthlyWage(), FAIR.hoursPerWeek(), FAIR.contractMonths(), FAIR.location(), FAIR.housing(),
                FAIR.recruitmentCosts(), LocalDate.of(2031, 1, 1));
        expectRefusal(open(terms), "scheme-quota", "startDate");
    }

    @Test
    void scheme_quota_reserves_the_places_of_an_opened_order() {
        places.held.put("jo-other", 6);
        open(FAIR).expectEvents(new JobOrderOpened(ORDER, EMPLOYER, FAIR));
        assertThat(places.held).containsEntry(ORDER, 4);
    }

    @Test
    void scheme_quota_reserves_nothing_for_a_refused_order() {
        expectRefusal(open(inRegion(FAIR, "DE-HH", "2649.99")), "wage-floor", "monthlyWage");
        assertThat(places.held).isEmpty();
    }

    @Test
    void scheme_quota_gets_the_places_of_a_closed_order_back() {
        places.held.put(ORDER, 4);
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new ChangeJobOrderStatus(ORDER, EMPLOYER, JobOrderStatus.CLOSED, "season over"))
                .expectEvents(new JobOrderStatusChanged(ORDER, EMPLOYER, SCHEME, JobOrderStatus.OPEN,
                        JobOrderStatus.CLOSED, 4, 2027, "season over"));
        assertThat(places.held).isEmpty();
    }

    @Test
    void scheme_quota_keeps_the_places_of_a_paused_order() {
        places.held.put(ORDER, 4);
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new ChangeJobOrderStatus(ORDER, EMPLOYER, JobOrderStatus.PAUSED, null));
        assertThat(places.held).containsEntry(ORDER, 4);
    }

    @Test
    void scheme_quota_holds_an_order_amended_down_at_its_new_positions() {
        places.held.put(ORDER, 4);
        places.held.put("jo-other", 6);
        JobOrderTerms two = positions(FAIR, 2);
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, EMPLOYER, two))
                .expectEvents(new JobOrderAmended(ORDER, EMPLOYER, two, FAIR, JobOrderStatus.OPEN));
        assertThat(places.held).containsEntry(ORDER, 2).containsEntry("jo-other", 6);
    }

    @Test
    void scheme_quota_refuses_an_order_amended_up_past_the_places_left_and_keeps_what_it_held() {
        places.held.put(ORDER, 4);
        places.held.put("jo-other", 6);
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, EMPLOYER, positions(FAIR, 5)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                        event instanceof JobOrderAmendmentRefused refused
                                && rules(refused.breaches()).equals(List.of("scheme-quota"))))));
        assertThat(places.held).containsEntry(ORDER, 4);
    }

    @Test
    void scheme_quota_moves_the_places_of_an_order_amended_to_another_intake_year() {
        rulebook.rules = new SchemeRules(SCHEME, false, null, RULES.occupations(), RULES.benchmarkWages(),
                List.of(new SchemeRules.Quota(10, 2027), new SchemeRules.Quota(5, 2028)));
        places.held.put(ORDER, 4);
        JobOrderTerms later = startingOn(FAIR, LocalDate.of(2028, 3, 1));
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, EMPLOYER, later))
                .expectEvents(new JobOrderAmended(ORDER, EMPLOYER, later, FAIR, JobOrderStatus.OPEN));
        assertThat(places.held).isEmpty();
        assertThat(places.elsewhere.get(SCHEME + "/2028")).containsEntry(ORDER, 4);
    }

    // --- employer standing and scheme

    @Test
    void a_suspended_employer_is_refused_and_told_why() {
        employers.standing = new EmployerRegister.Standing(false, List.of("Suspended since 2028-02-10: gr-1"));
        open(FAIR).expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                event instanceof JobOrderRefused refused && refused.breaches().size() == 1
                        && refused.breaches().get(0).field().equals("employerId")
                        && refused.breaches().get(0).explanation().contains("gr-1")))));
    }

    @Test
    void an_unknown_scheme_is_refused() {
        rulebook.rules = null;
        expectRefusal(open(FAIR), "scheme-open", "schemeId");
    }

    @Test
    void a_closed_scheme_takes_no_job_orders() {
        rulebook.rules = new SchemeRules(SCHEME, true, "partnership ended", RULES.occupations(),
                RULES.benchmarkWages(), RULES.awayQuotas());
        expectRefusal(open(FAIR), "scheme-open", "schemeId");
    }

    // --- amend, pause, fill, close

    @Test
    void a_refused_order_amended_to_meet_every_rule_opens() {
        JobOrderTerms unfair = inRegion(FAIR, "DE-BY", "2000.00");
        fixture.given(new JobOrderRefused(ORDER, EMPLOYER, unfair, List.of()))
                .when(new AmendJobOrder(ORDER, EMPLOYER, FAIR))
                .expectEvents(new JobOrderAmended(ORDER, EMPLOYER, FAIR, null, JobOrderStatus.REFUSED))
                .expectState(order -> assertThat(order.positionsHeld()).isEqualTo(4));
    }

    @Test
    void an_amendment_is_checked_again_and_its_refusal_recorded() {
        JobOrderTerms lower = inRegion(FAIR, "DE-BY", "2800.00");
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, EMPLOYER, lower))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                        event instanceof JobOrderAmendmentRefused refused
                                && rules(refused.breaches()).equals(List.of("equal-treatment-wage"))))));
    }

    @Test
    void an_amendment_does_not_count_the_orders_own_positions_twice_against_the_quota() {
        places.held.put(ORDER, 4);
        places.held.put("jo-other", 6);
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, EMPLOYER, FAIR))
                .expectEvents(new JobOrderAmended(ORDER, EMPLOYER, FAIR, FAIR, JobOrderStatus.OPEN));
    }

    @Test
    void another_employer_cannot_amend_the_order() {
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new AmendJobOrder(ORDER, "emp-2", FAIR))
                .expectException(UnknownToCaller.class)
                .expectNoEvents();
    }

    @Test
    void an_open_order_can_be_paused_and_resumed() {
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new ChangeJobOrderStatus(ORDER, EMPLOYER, JobOrderStatus.PAUSED, "winter break"))
                .expectEvents(new JobOrderStatusChanged(ORDER, EMPLOYER, SCHEME, JobOrderStatus.OPEN,
                        JobOrderStatus.PAUSED, 4, 2027, "winter break"));
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR), new JobOrderStatusChanged(ORDER, EMPLOYER, SCHEME,
                        JobOrderStatus.OPEN, JobOrderStatus.PAUSED, 4, 2027, null))
                .when(new ChangeJobOrderStatus(ORDER, EMPLOYER, JobOrderStatus.OPEN, null))
                .expectEvents(new JobOrderStatusChanged(ORDER, EMPLOYER, SCHEME, JobOrderStatus.PAUSED,
                        JobOrderStatus.OPEN, 4, 2027, null));
    }

    @Test
    void a_refused_order_cannot_be_filled_only_amended_or_closed() {
        fixture.given(new JobOrderRefused(ORDER, EMPLOYER, FAIR, List.of()))
                .when(new ChangeJobOrderStatus(ORDER, EMPLOYER, JobOrderStatus.FILLED, null))
                .expectException(NotNow.class)
                .expectNoEvents();
    }

    @Test
    void a_closed_order_is_not_amended() {
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR), new JobOrderStatusChanged(ORDER, EMPLOYER, SCHEME,
                        JobOrderStatus.OPEN, JobOrderStatus.CLOSED, 4, 2027, null))
                .when(new AmendJobOrder(ORDER, EMPLOYER, FAIR))
                .expectException(NotNow.class)
                .expectNoEvents();
    }

    @Test
    void another_employer_cannot_close_the_order() {
        fixture.given(new JobOrderOpened(ORDER, EMPLOYER, FAIR))
                .when(new ChangeJobOrderStatus(ORDER, "emp-2", JobOrderStatus.CLOSED, null))
                .expectException(UnknownToCaller.class)
                .expectNoEvents();
    }

    // --- helpers

    private ResultValidator<JobOrder> open(JobOrderTerms terms) {
        return fixture.givenNoPriorActivity().when(new OpenJobOrder(ORDER, EMPLOYER, terms));
    }

    private static void expectRefusal(ResultValidator<JobOrder> result, String rule, String field) {
        result.expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(event ->
                        event instanceof JobOrderRefused refused && refused.breaches().size() == 1
                                && refused.breaches().get(0).rule().equals(rule)
                                && refused.breaches().get(0).field().equals(field)
                                && !refused.breaches().get(0).whatToDo().isBlank()))))
                .expectResultMessagePayloadMatching(predicate(decision ->
                        decision instanceof JobOrderDecision d && !d.accepted()));
    }

    private static List<String> rules(List<RuleBreach> breaches) {
        return breaches.stream().map(RuleBreach::rule).toList();
    }

    private static List<String> fields(List<RuleBreach> breaches) {
        return breaches.stream().map(RuleBreach::field).toList();
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static JobOrderTerms inRegion(JobOrderTerms terms, String region, String wage) {
        return new JobOrderTerms(terms.schemeId(), terms.iscoCode(), terms.positions(), terms.requiredSkills(),
                terms.language(), eur(wage), terms.hoursPerWeek(), terms.contractMonths(),
                new JobOrderTerms.WorkLocation("City", region), terms.housing(), terms.recruitmentCosts(),
                terms.startDate());
    }

    static JobOrderTerms withCosts(JobOrderTerms terms, List<JobOrderTerms.RecruitmentCost> costs) {
        return with(terms, terms.monthlyWage().amount().toPlainString(), terms.location(), costs);
    }

    static JobOrderTerms with(JobOrderTerms terms, String wage, JobOrderTerms.WorkLocation location,
                              List<JobOrderTerms.RecruitmentCost> costs) {
        return new JobOrderTerms(terms.schemeId(), terms.iscoCode(), terms.positions(), terms.requiredSkills(),
                terms.language(), eur(wage), terms.hoursPerWeek(), terms.contractMonths(),
                location == null ? terms.location() : location, terms.housing(), costs, terms.startDate());
    }

    static JobOrderTerms positions(JobOrderTerms terms, int positions) {
        return new JobOrderTerms(terms.schemeId(), terms.iscoCode(), positions, terms.requiredSkills(),
                terms.language(), terms.monthlyWage(), terms.hoursPerWeek(), terms.contractMonths(), terms.location(),
                terms.housing(), terms.recruitmentCosts(), terms.startDate());
    }

    static JobOrderTerms startingOn(JobOrderTerms terms, LocalDate start) {
        return new JobOrderTerms(terms.schemeId(), terms.iscoCode(), terms.positions(), terms.requiredSkills(),
                terms.language(), terms.monthlyWage(), terms.hoursPerWeek(), terms.contractMonths(), terms.location(),
                terms.housing(), terms.recruitmentCosts(), start);
    }

    static final class FakeRulebook implements SchemeRulebook {
        SchemeRules rules = RULES;

        @Override
        public Optional<SchemeRules> rulesOf(String schemeId) {
            return Optional.ofNullable(rules);
        }
    }

    /** The places of every quota, by job order, as {@link SchemeIntakeQuota} would hold them. */
    static final class FakePlaces implements SchemePlaces {
        final Map<String, Integer> held = new HashMap<>();
        final Map<String, Map<String, Integer>> elsewhere = new HashMap<>();

        @Override
        public Ledger of(String schemeId, int intakeYear) {
            Map<String, Integer> quota = schemeId.equals(SCHEME) && intakeYear == 2027 ? held
                    : elsewhere.computeIfAbsent(schemeId + "/" + intakeYear, k -> new HashMap<>());
            return new Ledger() {
                @Override
                public int heldByOthers(String jobOrderId) {
                    return quota.entrySet().stream().filter(e -> !e.getKey().equals(jobOrderId))
                            .mapToInt(Map.Entry::getValue).sum();
                }

                @Override
                public void reserve(String jobOrderId, int positions, int quotaPlaces) {
                    assertThat(heldByOthers(jobOrderId) + positions).isLessThanOrEqualTo(quotaPlaces);
                    quota.put(jobOrderId, positions);
                }

                @Override
                public void release(String jobOrderId) {
                    quota.remove(jobOrderId);
                }
            };
        }
    }

    static final class FakeRegister implements EmployerRegister {
        Standing standing = new Standing(true, List.of());

        @Override
        public Standing standingOf(String employerId) {
            return standing;
        }
    }
}
