package org.corridor.returns.benefit.command;

import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.BenefitKind;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.benefit.api.ClaimStatusCheckDue;
import org.corridor.returns.benefit.api.ClaimStatusCheckScheduled;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.benefit.api.RecordDestinationStatus;
import org.corridor.returns.benefit.api.RecordReceipt;
import org.corridor.returns.benefit.api.RecordRefusal;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.corridor.returns.Refusals.refused;

class BenefitClaimTest {

    static final PersonId RETURNEE = PersonId.of("person-1");
    static final CountryCode PH = CountryCode.of("PH");
    static final CountryCode DE = CountryCode.of("DE");
    static final LocalDate FROM = LocalDate.of(2027, 9, 1);
    static final LocalDate UNTIL = LocalDate.of(2029, 8, 14);
    static final LocalDate TODAY = LocalDate.of(2029, 9, 1);
    static final BenefitClaimFiled FILED = new BenefitClaimFiled("bc-1", RETURNEE, PH, DE, BenefitKind.PENSION_RIGHTS,
            FROM, UNTIL, "65 170839 J 003", "rc-1", TODAY);
    static final Instant AT = Instant.parse("2029-09-01T10:00:00Z");

    AggregateTestFixture<BenefitClaim> fixture;

    CryptoShredder shredder;

    @Test
    void a_returnee_who_asked_to_be_forgotten_files_no_new_claim() {
        shredder.erase(RETURNEE.value(), "test");
        refused(fixture.givenNoPriorActivity().when(new FileBenefitClaim("bc-1", RETURNEE, PH, DE,
                BenefitKind.PENSION_RIGHTS, FROM, UNTIL, "65 170839 J 003", "rc-1", TODAY)), "returnee");
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BenefitClaim.class);
        shredder = new CryptoShredder(new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(1),
                Clock.systemUTC()), erased -> { });
        fixture.registerInjectableResource(shredder);
        fixture.registerInjectableResource(StatusChecks.standard());
    }

    static final ClaimReceivedByDestination RECEIVED = new ClaimReceivedByDestination("bc-1", "DRV-1", "RECEIVED", AT);
    static final Money PENSION = Money.of("412.50", "EUR");

    static ClaimStatusCheckScheduled scheduledCheck(int check, Duration wait) {
        return new ClaimStatusCheckScheduled("bc-1", check, AT.plus(wait), wait, "schedule-" + check);
    }

    static ClaimStatusCheckDue due(int check) {
        return new ClaimStatusCheckDue("bc-1", "DRV-1", check);
    }

    static RecordDestinationStatus answer(int check, DestinationStatus status, Money granted, List<String> reasons) {
        return new RecordDestinationStatus("bc-1", check, status, granted, reasons, LocalDate.of(2029, 11, 3),
                AT.plusSeconds(3600));
    }

    static ClaimStatusChangedAtDestination changed(DestinationStatus status, Money granted, List<String> reasons) {
        return new ClaimStatusChangedAtDestination("bc-1", RETURNEE, status, granted, reasons,
                LocalDate.of(2029, 11, 3), AT.plusSeconds(3600));
    }

    /** The next check scheduled (its time and schedule id are the deadline manager's): its number and its wait. */
    static Matcher<Object> checkScheduled(int check, Duration wait) {
        return new CustomTypeSafeMatcher<>("status check " + check + " scheduled after " + wait) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof ClaimStatusCheckScheduled s && s.check() == check && s.interval().equals(wait)
                        && s.scheduleId() != null;
            }
        };
    }

    static Matcher<List<Message<?>>> exactly(Matcher<?>... payloads) {
        List<Matcher<?>> all = new ArrayList<>(List.of(payloads));
        all.add(Matchers.andNoMore());
        return Matchers.payloadsMatching(Matchers.exactSequenceOf(all.toArray(Matcher[]::new)));
    }

    static FileBenefitClaim file(CountryCode destination, LocalDate from, LocalDate until) {
        return new FileBenefitClaim("bc-1", RETURNEE, PH, destination, BenefitKind.PENSION_RIGHTS, from, until,
                " 65 170839 J 003 ", "rc-1", TODAY);
    }

    @Test
    void a_claim_is_filed_awaiting_submission() {
        fixture.givenNoPriorActivity().when(file(DE, FROM, UNTIL)).expectEvents(FILED);
    }

    @Test
    void the_insured_period_ends_after_it_starts() {
        refused(fixture.givenNoPriorActivity().when(file(DE, UNTIL, FROM)), "insuredUntil");
    }

    @Test
    void only_periods_already_insured_are_claimed() {
        refused(fixture.givenNoPriorActivity().when(file(DE, FROM, TODAY.plusDays(1))), "insuredUntil");
    }

    @Test
    void the_rights_are_held_in_another_country() {
        refused(fixture.givenNoPriorActivity().when(file(PH, FROM, UNTIL)), "destinationCountry");
    }

    @Test
    void a_claim_is_received_once_however_many_answers_come() {
        fixture.given(FILED).when(new RecordReceipt("bc-1", "DRV-1", "RECEIVED", AT))
                .expectEventsMatching(exactly(org.hamcrest.Matchers.equalTo(RECEIVED),
                        checkScheduled(1, Duration.ofHours(1))));
        fixture.given(FILED, new ClaimReceivedByDestination("bc-1", "DRV-1", "RECEIVED", AT))
                .when(new RecordReceipt("bc-1", "DRV-1", "RECEIVED", AT.plusSeconds(5)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_refusal_is_recorded_only_while_the_claim_waits() {
        fixture.given(FILED).when(new RecordRefusal("bc-1", "422: unknown insurance number"))
                .expectEvents(new ClaimRefusedByDestination("bc-1", "422: unknown insurance number"));
        fixture.given(FILED, new ClaimReceivedByDestination("bc-1", "DRV-1", "RECEIVED", AT))
                .when(new RecordRefusal("bc-1", "late"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_received_claim_asks_the_destination_where_it_is_once_its_first_check_falls_due() {
        fixture.given(FILED).andGivenCommands(new RecordReceipt("bc-1", "DRV-1", "RECEIVED", AT))
                .whenTimeElapses(Duration.ofHours(1))
                .expectEvents(due(1));
    }

    @Test
    void an_answer_that_changes_nothing_records_nothing_and_the_next_check_waits_twice_as_long() {
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1))
                .when(answer(1, DestinationStatus.RECEIVED, null, List.of()))
                .expectEventsMatching(exactly(checkScheduled(2, Duration.ofHours(2))));
    }

    @Test
    void a_change_brings_the_next_check_back_to_an_hour_and_the_wait_grows_to_a_week_at_most() {
        fixture.given(FILED, RECEIVED, scheduledCheck(9, Duration.ofDays(5)), due(9))
                .when(answer(9, DestinationStatus.UNDER_REVIEW, null, List.of()))
                .expectEventsMatching(exactly(org.hamcrest.Matchers.equalTo(changed(DestinationStatus.UNDER_REVIEW,
                        null, List.of())), checkScheduled(10, Duration.ofHours(1))));
        fixture.given(FILED, RECEIVED, changed(DestinationStatus.UNDER_REVIEW, null, List.of()),
                        scheduledCheck(9, Duration.ofDays(5)), due(9))
                .when(answer(9, DestinationStatus.UNDER_REVIEW, null, List.of()))
                .expectEventsMatching(exactly(checkScheduled(10, Duration.ofDays(7))));
    }

    @Test
    void a_grant_is_recorded_with_its_amount_and_ends_the_checks() {
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1))
                .when(answer(1, DestinationStatus.GRANTED, PENSION, List.of()))
                .expectEvents(changed(DestinationStatus.GRANTED, PENSION, List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_grant_says_how_much_was_granted() {
        refused(fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1))
                .when(answer(1, DestinationStatus.GRANTED, null, List.of())), "grantedAmount");
    }

    @Test
    void a_refusal_after_review_is_recorded_with_its_reasons_and_ends_the_checks() {
        List<String> reasons = List.of("fewer than 60 months of contributions");
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1))
                .when(answer(1, DestinationStatus.REFUSED, null, reasons))
                .expectEvents(changed(DestinationStatus.REFUSED, null, reasons));
    }

    @Test
    void an_answer_to_a_check_answered_already_records_nothing() {
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1),
                        scheduledCheck(2, Duration.ofHours(2)))
                .when(answer(1, DestinationStatus.UNDER_REVIEW, null, List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1),
                        changed(DestinationStatus.GRANTED, PENSION, List.of()))
                .when(answer(1, DestinationStatus.GRANTED, PENSION, List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_answer_without_a_status_records_nothing_and_the_claim_is_asked_about_again_later() {
        fixture.given(FILED, RECEIVED, scheduledCheck(1, Duration.ofHours(1)), due(1))
                .when(answer(1, null, null, null))
                .expectEventsMatching(exactly(checkScheduled(2, Duration.ofHours(2))));
    }
}
