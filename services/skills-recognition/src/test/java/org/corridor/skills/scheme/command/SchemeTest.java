package org.corridor.skills.scheme.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.AmendScheme;
import org.corridor.skills.scheme.api.BenchmarkWage;
import org.corridor.skills.scheme.api.CloseScheme;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.MovePlace;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.PlaceMoved;
import org.corridor.skills.scheme.api.PlaceReleased;
import org.corridor.skills.scheme.api.PlaceTaken;
import org.corridor.skills.scheme.api.ReleasePlace;
import org.corridor.skills.scheme.api.RequiredSkill;
import org.corridor.skills.scheme.api.SchemeAmended;
import org.corridor.skills.scheme.api.SchemeClosed;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.SchemeTerms;
import org.corridor.skills.scheme.api.TakePlace;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.corridor.skills.Refusals.notPermittedBy;
import static org.corridor.skills.Refusals.refusedBy;
import static org.hamcrest.Matchers.containsString;

class SchemeTest {

    static final SchemeId ID = SchemeId.of("scheme-1");
    static final String ORG = "bmas-de";
    static final RequiredSkill BASIC_CARE = new RequiredSkill("care.basic", "Basic care", 3);
    static final Occupation CARE = new Occupation(OccupationCode.of("5321"), "Health care assistants",
            Money.of("2650.00", "EUR"), List.of(BASIC_CARE));
    static final Occupation NURSE = new Occupation(OccupationCode.of("2221"), "Nursing professionals",
            Money.of("3400", "EUR"));
    static final List<TrackQuota> QUOTAS = List.of(new TrackQuota(Track.AWAY, 2), new TrackQuota(Track.HOME, 1));
    static final CountryCode PH = CountryCode.of("PH");
    static final PersonId ANA = PersonId.of("p-ana");
    static final PersonId BEN = PersonId.of("p-ben");
    static final PersonId CY = PersonId.of("p-cy");

    AggregateTestFixture<Scheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scheme.class);
    }

    static SchemeTerms terms(String origin, String destination, List<Occupation> occupations, List<TrackQuota> quotas) {
        return terms(origin, destination, occupations, quotas, List.of());
    }

    static SchemeTerms terms(String origin, String destination, List<Occupation> occupations, List<TrackQuota> quotas,
                             List<BenchmarkWage> benchmarks) {
        return new SchemeTerms(" PH-DE care ", CountryCode.of(origin), CountryCode.of(destination),
                "Pflegefachassistenz", occupations, quotas, benchmarks);
    }

    static DefineScheme define(SchemeTerms terms) {
        return new DefineScheme(ID, ORG, terms);
    }

    static SchemeDefined defined() {
        return new SchemeDefined(ID, ORG, terms("PH", "DE", List.of(CARE, NURSE), QUOTAS).stripped());
    }

    static AmendScheme amend(String organisation, SchemeTerms terms, LocalDate from) {
        return new AmendScheme(ID, organisation, terms, " more places ", from);
    }

    // -- definition

    @Test
    void a_valid_definition_records_the_scheme_with_its_organisation_and_stripped_text() {
        BenchmarkWage bavaria = new BenchmarkWage(CARE.code(), "DE-BY", Money.of("2900", "EUR"));
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE, NURSE), QUOTAS, List.of(bavaria))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchemeDefined(ID, ORG, new SchemeTerms("PH-DE care", PH, CountryCode.of("DE"),
                        "Pflegefachassistenz", List.of(CARE, NURSE), QUOTAS, List.of(bavaria))));
    }

    @Test
    void origin_and_destination_must_differ() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "PH", List.of(CARE), QUOTAS)))
                .expectException(refusedBy("destinationCountry", SchemeDefinitionPolicy.ORIGIN_DIFFERS_FROM_DESTINATION))
                .expectNoEvents();
    }

    @Test
    void an_occupation_is_listed_once() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE, NURSE, CARE), QUOTAS)))
                .expectException(refusedBy("occupations[2].iscoCode", SchemeDefinitionPolicy.OCCUPATION_LISTED_ONCE))
                .expectNoEvents();
    }

    @Test
    void a_wage_floor_is_above_zero() {
        Occupation unpaid = new Occupation(OccupationCode.of("7411"), "Electricians", Money.of("0", "EUR"));
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE, unpaid), QUOTAS)))
                .expectException(refusedBy("occupations[1].monthlyWageFloor",
                        SchemeDefinitionPolicy.WAGE_FLOOR_ABOVE_ZERO))
                .expectNoEvents();
    }

    @Test
    void a_training_standard_requires_each_skill_once() {
        Occupation twice = new Occupation(OccupationCode.of("5321"), "Health care assistants",
                Money.of("2650", "EUR"), List.of(BASIC_CARE, new RequiredSkill("care.basic", "Again", 4)));
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(NURSE, twice), QUOTAS)))
                .expectException(refusedBy("occupations[1].requiredSkills[1].skillCode",
                        SchemeDefinitionPolicy.SKILL_LISTED_ONCE))
                .expectNoEvents();
    }

    @Test
    void a_scheme_has_at_most_two_quotas_one_per_track() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1),
                        new TrackQuota(Track.HOME, 2), new TrackQuota(Track.AWAY, 2)))))
                .expectException(refusedBy("quotas[2].track", SchemeDefinitionPolicy.ONE_QUOTA_PER_TRACK_AND_INTAKE))
                .expectNoEvents();
    }

    @Test
    void a_track_has_one_quota_per_intake_year() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1, 2027),
                        new TrackQuota(Track.AWAY, 2, 2028), new TrackQuota(Track.AWAY, 2, 2027)))))
                .expectException(refusedBy("quotas[2].track", SchemeDefinitionPolicy.ONE_QUOTA_PER_TRACK_AND_INTAKE))
                .expectNoEvents();
    }

    @Test
    void a_track_has_quotas_for_every_intake_or_per_intake_year_not_both() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1, 2027),
                        new TrackQuota(Track.AWAY, 2)))))
                .expectException(refusedBy("quotas[1].intakeYear", SchemeDefinitionPolicy.QUOTA_STANDING_OR_PER_YEAR))
                .expectNoEvents();
    }

    @Test
    void a_quota_is_never_negative() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 3),
                        new TrackQuota(Track.HOME, -1)))))
                .expectException(refusedBy("quotas[1].places", SchemeDefinitionPolicy.QUOTA_NOT_NEGATIVE))
                .expectNoEvents();
    }

    @Test
    void a_scheme_sets_a_quota_for_at_least_one_track() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), List.of())))
                .expectException(refusedBy("quotas", SchemeDefinitionPolicy.AT_LEAST_ONE_QUOTA))
                .expectNoEvents();
    }

    @Test
    void a_scheme_trains_for_at_least_one_occupation() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(), QUOTAS)))
                .expectException(refusedBy("occupations", SchemeDefinitionPolicy.AT_LEAST_ONE_OCCUPATION))
                .expectNoEvents();
    }

    @Test
    void a_benchmark_wage_is_for_an_occupation_the_scheme_trains_for() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), QUOTAS,
                        List.of(new BenchmarkWage(OccupationCode.of("7411"), "DE-BY", Money.of("3000", "EUR"))))))
                .expectException(refusedBy("benchmarkWages[0].iscoCode",
                        SchemeDefinitionPolicy.BENCHMARK_FOR_A_LISTED_OCCUPATION))
                .expectNoEvents();
    }

    @Test
    void an_occupation_has_one_benchmark_wage_per_region() {
        BenchmarkWage bavaria = new BenchmarkWage(CARE.code(), "DE-BY", Money.of("2900", "EUR"));
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), QUOTAS, List.of(bavaria, bavaria))))
                .expectException(refusedBy("benchmarkWages[1].region",
                        SchemeDefinitionPolicy.ONE_BENCHMARK_PER_OCCUPATION_AND_REGION))
                .expectNoEvents();
    }

    @Test
    void a_benchmark_wage_is_above_zero() {
        fixture.givenNoPriorActivity()
                .when(define(terms("PH", "DE", List.of(CARE), QUOTAS,
                        List.of(new BenchmarkWage(CARE.code(), "DE-BY", Money.of("0", "EUR"))))))
                .expectException(refusedBy("benchmarkWages[0].monthlyWage", SchemeDefinitionPolicy.BENCHMARK_ABOVE_ZERO))
                .expectNoEvents();
    }

    // -- amendment and closure

    @Test
    void an_amendment_records_the_full_new_terms_numbered_with_reason_and_date() {
        SchemeTerms more = terms("PH", "DE", List.of(CARE, NURSE),
                List.of(new TrackQuota(Track.AWAY, 5), new TrackQuota(Track.HOME, 1)));
        fixture.given(defined())
                .when(amend(ORG, more, LocalDate.of(2027, 1, 1)))
                .expectEvents(new SchemeAmended(ID, 1, more.stripped(), "more places", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void a_scheme_is_amended_only_by_its_own_organisation() {
        fixture.given(defined())
                .when(amend("another-ministry", terms("PH", "DE", List.of(CARE), QUOTAS), LocalDate.of(2027, 1, 1)))
                .expectException(notPermittedBy(Scheme.MANAGED_BY_ITS_ORGANISATION))
                .expectExceptionMessage(containsString("administered by another organisation"))
                .expectNoEvents();
    }

    @Test
    void a_scheme_is_closed_only_by_its_own_organisation() {
        fixture.given(defined())
                .when(new CloseScheme(ID, "another-ministry", LocalDate.of(2027, 1, 1), "done"))
                .expectException(notPermittedBy(Scheme.MANAGED_BY_ITS_ORGANISATION))
                .expectNoEvents();
    }

    @Test
    void the_corridor_of_a_scheme_is_fixed() {
        fixture.given(defined())
                .when(amend(ORG, terms("PH", "AT", List.of(CARE), QUOTAS), LocalDate.of(2027, 1, 1)))
                .expectException(refusedBy("destinationCountry", Scheme.CORRIDOR_IS_FIXED))
                .expectNoEvents();
    }

    @Test
    void an_amendment_changes_at_least_one_term() {
        fixture.given(defined())
                .when(amend(ORG, terms("PH", "DE", List.of(CARE, NURSE), QUOTAS), LocalDate.of(2027, 1, 1)))
                .expectException(refusedBy("terms", Scheme.AMENDMENT_CHANGES_THE_TERMS))
                .expectNoEvents();
    }

    @Test
    void amended_terms_meet_the_definition_rules() {
        fixture.given(defined())
                .when(amend(ORG, terms("PH", "DE", List.of(CARE, CARE), QUOTAS), LocalDate.of(2027, 1, 1)))
                .expectException(refusedBy("occupations[1].iscoCode", SchemeDefinitionPolicy.OCCUPATION_LISTED_ONCE))
                .expectNoEvents();
    }

    @Test
    void amendments_take_effect_in_date_order() {
        SchemeTerms first = terms("PH", "DE", List.of(CARE), QUOTAS);
        fixture.given(defined(), new SchemeAmended(ID, 1, first.stripped(), "fewer", LocalDate.of(2027, 6, 1)))
                .when(amend(ORG, terms("PH", "DE", List.of(NURSE), QUOTAS), LocalDate.of(2027, 5, 31)))
                .expectException(refusedBy("effectiveFrom", Scheme.AMENDMENTS_IN_DATE_ORDER))
                .expectNoEvents();
    }

    @Test
    void a_quota_is_not_amended_below_the_places_taken() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null), new PlaceTaken(ID, BEN, Track.AWAY, null))
                .when(amend(ORG, terms("PH", "DE", List.of(CARE, NURSE),
                        List.of(new TrackQuota(Track.AWAY, 1), new TrackQuota(Track.HOME, 1))), LocalDate.of(2027, 1, 1)))
                .expectException(refusedBy("quotas[0].places", Scheme.QUOTA_NOT_BELOW_PLACES_TAKEN))
                .expectNoEvents();
    }

    @Test
    void a_closed_scheme_is_neither_amended_nor_closed_again() {
        fixture.given(defined(), new SchemeClosed(ID, LocalDate.of(2027, 1, 1), "ended"))
                .when(amend(ORG, terms("PH", "DE", List.of(CARE), QUOTAS), LocalDate.of(2027, 2, 1)))
                .expectException(refusedBy("schemeId", Scheme.CLOSED_SCHEME_CHANGES_NO_MORE));
        fixture.given(defined(), new SchemeClosed(ID, LocalDate.of(2027, 1, 1), "ended"))
                .when(new CloseScheme(ID, ORG, LocalDate.of(2027, 2, 1), "again"))
                .expectException(refusedBy("schemeId", Scheme.CLOSED_SCHEME_CHANGES_NO_MORE));
    }

    @Test
    void closing_records_the_day_and_reason() {
        fixture.given(defined())
                .when(new CloseScheme(ID, ORG, LocalDate.of(2027, 1, 1), " ended "))
                .expectEvents(new SchemeClosed(ID, LocalDate.of(2027, 1, 1), "ended"));
    }

    // -- places

    @Test
    void an_origin_agency_takes_a_place_of_a_track_with_room() {
        fixture.given(defined())
                .when(new TakePlace(ID, ANA, Track.AWAY, 2027, PH))
                .expectEvents(new PlaceTaken(ID, ANA, Track.AWAY, 2027));
    }

    @Test
    void taking_a_place_twice_for_the_same_person_changes_nothing() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null))
                .when(new TakePlace(ID, ANA, Track.AWAY, null, PH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void only_an_agency_of_the_origin_country_enrols_in_a_scheme() {
        fixture.given(defined())
                .when(new TakePlace(ID, ANA, Track.AWAY, null, CountryCode.of("VN")))
                .expectException(notPermittedBy(Scheme.ENROLLED_BY_AN_AGENCY_OF_THE_ORIGIN))
                .expectNoEvents();
    }

    @Test
    void enrolment_respects_the_quota_of_the_track() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null), new PlaceTaken(ID, BEN, Track.AWAY, null))
                .when(new TakePlace(ID, CY, Track.AWAY, null, PH))
                .expectException(refusedBy("track", Scheme.QUOTA_HAS_ROOM))
                .expectNoEvents();
    }

    @Test
    void a_released_place_goes_back_to_the_quota() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null), new PlaceTaken(ID, BEN, Track.AWAY, null),
                        new PlaceReleased(ID, BEN, Track.AWAY, "consent withdrawn"))
                .when(new TakePlace(ID, CY, Track.AWAY, null, PH))
                .expectEvents(new PlaceTaken(ID, CY, Track.AWAY, null));
    }

    @Test
    void enrolment_needs_a_quota_for_the_track_and_intake_year() {
        SchemeTerms perYear = terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 5, 2027)));
        fixture.given(new SchemeDefined(ID, ORG, perYear))
                .when(new TakePlace(ID, ANA, Track.AWAY, 2028, PH))
                .expectException(refusedBy("track", Scheme.TRACK_HAS_A_QUOTA))
                .expectNoEvents();
    }

    @Test
    void a_closed_scheme_enrols_nobody() {
        fixture.given(defined(), new SchemeClosed(ID, LocalDate.of(2027, 1, 1), "ended"))
                .when(new TakePlace(ID, ANA, Track.AWAY, null, PH))
                .expectException(refusedBy("schemeId", Scheme.CLOSED_SCHEME_CHANGES_NO_MORE))
                .expectNoEvents();
    }

    @Test
    void a_track_switch_moves_the_place_when_the_other_track_has_room() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null))
                .when(new MovePlace(ID, ANA, Track.HOME))
                .expectEvents(new PlaceMoved(ID, ANA, Track.AWAY, Track.HOME));
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null), new PlaceTaken(ID, BEN, Track.HOME, null))
                .when(new MovePlace(ID, ANA, Track.HOME))
                .expectException(refusedBy("track", Scheme.QUOTA_HAS_ROOM));
    }

    @Test
    void a_moved_place_counts_on_its_new_track_and_frees_the_old_one() {
        fixture.given(defined(), new PlaceTaken(ID, ANA, Track.AWAY, null), new PlaceTaken(ID, BEN, Track.AWAY, null),
                        new PlaceMoved(ID, BEN, Track.AWAY, Track.HOME))
                .when(new TakePlace(ID, CY, Track.AWAY, null, PH))
                .expectEvents(new PlaceTaken(ID, CY, Track.AWAY, null));
        fixture.given(defined(), new PlaceTaken(ID, BEN, Track.AWAY, null), new PlaceMoved(ID, BEN, Track.AWAY, Track.HOME))
                .when(new TakePlace(ID, CY, Track.HOME, null, PH))
                .expectException(refusedBy("track", Scheme.QUOTA_HAS_ROOM))
                .expectNoEvents();
    }

    @Test
    void a_quota_per_intake_year_counts_the_places_of_its_year_only() {
        SchemeTerms perYear = terms("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1, 2027),
                new TrackQuota(Track.AWAY, 1, 2028)));
        fixture.given(new SchemeDefined(ID, ORG, perYear), new PlaceTaken(ID, ANA, Track.AWAY, 2027))
                .when(new TakePlace(ID, BEN, Track.AWAY, 2028, PH))
                .expectEvents(new PlaceTaken(ID, BEN, Track.AWAY, 2028));
        fixture.given(new SchemeDefined(ID, ORG, perYear), new PlaceTaken(ID, ANA, Track.AWAY, 2027))
                .when(new TakePlace(ID, BEN, Track.AWAY, 2027, PH))
                .expectException(refusedBy("track", Scheme.QUOTA_HAS_ROOM))
                .expectNoEvents();
    }

    @Test
    void releasing_a_place_nobody_holds_changes_nothing() {
        fixture.given(defined())
                .when(new ReleasePlace(ID, ANA, "erased"))
                .expectNoEvents();
    }
}
