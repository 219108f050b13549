package org.corridor.skills.scheme.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

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
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the country of destination must differ from the country of origin")
                .expectNoEvents();
    }

    @Test
    void an_occupation_is_listed_once() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE, CARE), List.of(new TrackQuota(Track.AWAY, 1))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_wage_floor_is_above_zero() {
        Occupation unpaid = new Occupation(OccupationCode.of("7411"), "Electricians", Money.of("0", "EUR"));
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(unpaid), List.of(new TrackQuota(Track.AWAY, 1))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_track_has_one_quota() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE),
                        List.of(new TrackQuota(Track.AWAY, 1), new TrackQuota(Track.AWAY, 2))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_quota_is_never_negative() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(CARE), List.of(new TrackQuota(Track.HOME, -1))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_scheme_trains_for_at_least_one_occupation() {
        fixture.givenNoPriorActivity()
                .when(define("PH", "DE", List.of(), List.of(new TrackQuota(Track.HOME, 1))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
