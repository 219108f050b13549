package org.corridor.returns.benefit.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.BenefitKind;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.benefit.api.RecordReceipt;
import org.corridor.returns.benefit.api.RecordRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

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

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BenefitClaim.class);
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
                .expectEvents(new ClaimReceivedByDestination("bc-1", "DRV-1", "RECEIVED", AT));
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
}
