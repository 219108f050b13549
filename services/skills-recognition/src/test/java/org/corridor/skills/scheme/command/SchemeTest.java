package org.corridor.skills.scheme.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.corridor.skills.Refusals.refusedBy;

class SchemeTest {

    static final SchemeId ID = SchemeId.of("scheme-1");
    static final Occupation CARE = new Occupation(OccupationCode.of("5321"), "Health care assistants",
            Money.of("2650.00", "EUR"));
    static final Occupation NURSE = new Occupation(OccupationCode.of("2221"), "Nursing professionals",
            Money.of("3400", "EUR"));

    AggregateTestFixture<Scheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scheme.class);
    }

    static DefineScheme define(String origin, String destination, List<Occupation> occupations,
                               List<TrackQuota> quotas) {
        return new DefineScheme(ID, " PH-DE care ", CountryCode.of(origin), CountryCode.of(destination),
                "Pflegefachassistenz", occupations, quotas);
    }

    @Test
    void a_valid_definition_records_the_scheme() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE, NURSE),
                        List.of(new TrackQuota(Track.AWAY, 120), new TrackQuota(Track.HOME, 80))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchemeDefined(ID, "PH-DE care", CountryCode.of("PH"), CountryCode.of("DE"),
                        "Pflegefachassistenz", List.of(CARE, NURSE),
                        List.of(new TrackQuota(Track.AWAY, 120), new TrackQuota(Track.HOME, 80))));
    }

    @Test
    void origin_and_destination_must_differ() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "PH", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1))))
                .expectException(refusedBy("destinationCountry", SchemeDefinitionPolicy.ORIGIN_DIFFERS_FROM_DESTINATION))
                .expectNoEvents();
    }

    @Test
    void an_occupation_is_listed_once() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE, NURSE, CARE), List.of(new TrackQuota(Track.AWAY, 1))))
                .expectException(refusedBy("occupations[2].iscoCode", SchemeDefinitionPolicy.OCCUPATION_LISTED_ONCE))
                .expectNoEvents();
    }

    @Test
    void a_wage_floor_is_above_zero() {
        Occupation unpaid = new Occupation(OccupationCode.of("7411"), "Electricians", Money.of("0", "EUR"));
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE, unpaid), List.of(new TrackQuota(Track.AWAY, 1))))
                .expectException(refusedBy("occupations[1].monthlyWageFloor",
                        SchemeDefinitionPolicy.WAGE_FLOOR_ABOVE_ZERO))
                .expectNoEvents();
    }

    @Test
    void a_scheme_has_at_most_two_quotas_one_per_track() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 1),
                        new TrackQuota(Track.HOME, 2), new TrackQuota(Track.AWAY, 2))))
                .expectException(refusedBy("quotas[2].track", SchemeDefinitionPolicy.ONE_QUOTA_PER_TRACK))
                .expectNoEvents();
    }

    @Test
    void a_quota_is_never_negative() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.AWAY, 3),
                        new TrackQuota(Track.HOME, -1))))
                .expectException(refusedBy("quotas[1].places", SchemeDefinitionPolicy.QUOTA_NOT_NEGATIVE))
                .expectNoEvents();
    }

    @Test
    void a_scheme_sets_a_quota_for_at_least_one_track() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE), List.of()))
                .expectException(refusedBy("quotas", SchemeDefinitionPolicy.AT_LEAST_ONE_QUOTA))
                .expectNoEvents();
    }

    @Test
    void a_scheme_trains_for_at_least_one_occupation() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(), List.of(new TrackQuota(Track.HOME, 1))))
                .expectException(refusedBy("occupations", SchemeDefinitionPolicy.AT_LEAST_ONE_OCCUPATION))
                .expectNoEvents();
    }
}
