package org.corridor.matching.placement.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.common.NotNow;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.command.EmployerRegister;
import org.corridor.matching.placement.api.Commands;
import org.corridor.matching.placement.api.Events;
import org.corridor.matching.placement.api.OfferTerms;
import org.corridor.matching.placement.api.SharedContact;
import org.corridor.matching.placement.api.SignedContract;
import org.corridor.matching.placement.api.WorseTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.corridor.matching.Refusals.violationOf;

class PlacementTest {

    static final OfferTerms TERMS = new OfferTerms("scheme-1", "5321", "PH", "DE", Money.of("2950.00", "EUR"),
            new BigDecimal("38.5"), 24, Money.of("350.00", "EUR"), "provided: flat", LocalDate.of(2027, 9, 1));
    static final Events.OfferMade MADE = new Events.OfferMade("of-1", "jo-1", "emp-1", "p-1", TERMS);
    static final Events.OfferAccepted ACCEPTED = new Events.OfferAccepted("of-1", "jo-1", "emp-1", "p-1", TERMS,
            null);
    static final LocalDate SIGNED_ON = LocalDate.of(2027, 9, 3);

    AggregateTestFixture<Placement> fixture;
    Map<String, OfferSources.OpenJobOrder> openOrders;
    boolean eligible = true;
    EmployerRegister.Standing standing = new EmployerRegister.Standing(true, List.of());

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Placement.class);
        openOrders = new java.util.HashMap<>(Map.of("jo-1", new OfferSources.OpenJobOrder("jo-1", "emp-1", TERMS),
                "jo-2", new OfferSources.OpenJobOrder("jo-2", "emp-2", TERMS)));
        fixture.registerInjectableResource(new OfferSources() {
            @Override
            public Optional<OpenJobOrder> openJobOrder(String jobOrderId) {
                return Optional.ofNullable(openOrders.get(jobOrderId));
            }

            @Override
            public boolean eligibleCandidate(String personId, String jobOrderId) {
                return eligible;
            }
        });
        fixture.registerInjectableResource((EmployerRegister) employerId -> standing);
    }

    @Test
    void an_offer_copies_the_terms_of_the_open_job_order() {
        fixture.givenNoPriorActivity()
                .when(new Commands.MakeOffer("of-1", "jo-1", "emp-1", "p-1"))
                .expectEvents(MADE);
    }

    @Test
    void an_offer_is_only_for_an_available_eligible_candidate() {
        eligible = false;
        fixture.givenNoPriorActivity()
                .when(new Commands.MakeOffer("of-1", "jo-1", "emp-1", "p-1"))
                .expectException(violationOf("personId"))
                .expectNoEvents();
    }

    @Test
    void an_employer_offers_only_from_its_own_job_orders() {
        fixture.givenNoPriorActivity()
                .when(new Commands.MakeOffer("of-1", "jo-2", "emp-1", "p-1"))
                .expectException(UnknownToCaller.class)
                .expectNoEvents();
    }

    @Test
    void accepting_records_the_placement_with_the_contact_the_worker_chose() {
        SharedContact contact = new SharedContact("maria@example.org", null, null);
        fixture.given(MADE)
                .when(new Commands.AcceptOffer("of-1", "p-1", contact))
                .expectEvents(new Events.OfferAccepted("of-1", "jo-1", "emp-1", "p-1", TERMS, contact));
    }

    @Test
    void a_worker_cannot_answer_another_workers_offer() {
        fixture.given(MADE)
                .when(new Commands.AcceptOffer("of-1", "p-2", null))
                .expectException(UnknownToCaller.class)
                .expectNoEvents();
    }

    @Test
    void a_worker_declines_freely_and_the_offer_is_then_closed() {
        fixture.given(MADE)
                .when(new Commands.DeclineOffer("of-1", "p-1", null))
                .expectEvents(new Events.OfferDeclined("of-1", "emp-1", "p-1", null));
        fixture.given(MADE, new Events.OfferDeclined("of-1", "emp-1", "p-1", null))
                .when(new Commands.AcceptOffer("of-1", "p-1", null))
                .expectException(NotNow.class);
    }

    @Test
    void an_employer_withdraws_only_an_unanswered_offer() {
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.WithdrawOffer("of-1", "emp-1", "budget"))
                .expectException(NotNow.class)
                .expectNoEvents();
    }

    @Test
    void every_worse_term_of_the_signed_contract_is_flagged() {
        SignedContract signed = new SignedContract(Money.of("2400.00", "EUR"), new BigDecimal("45"), 12,
                Money.of("500.00", "EUR"), "shared room");
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.RecordSignedContract("of-1", "p-1", signed, SIGNED_ON))
                .expectEvents(new Events.ContractSigned("of-1", "p-1", "emp-1", signed, SIGNED_ON),
                        new Events.ContractSubstitutionDetected("of-1", "p-1", "emp-1", "scheme-1", List.of(
                                new WorseTerm(WorseTerm.Term.WAGE, "2950.00 EUR per month", "2400.00 EUR per month"),
                                new WorseTerm(WorseTerm.Term.HOURS, "38.5 hours per week", "45 hours per week"),
                                new WorseTerm(WorseTerm.Term.DURATION, "24 months", "12 months"),
                                new WorseTerm(WorseTerm.Term.DEDUCTIONS, "350.00 EUR per month",
                                        "500.00 EUR per month"),
                                new WorseTerm(WorseTerm.Term.HOUSING, "provided: flat", "shared room")), SIGNED_ON));
    }

    @Test
    void a_contract_as_good_as_the_offer_or_better_is_not_flagged() {
        SignedContract signed = new SignedContract(Money.of("3000.00", "EUR"), new BigDecimal("38.5"), 36,
                Money.of("350.00", "EUR"), " Provided:  flat ");
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.RecordSignedContract("of-1", "p-1", signed, SIGNED_ON))
                .expectEvents(new Events.ContractSigned("of-1", "p-1", "emp-1", signed, SIGNED_ON));
    }

    @Test
    void a_reported_fee_is_owed_until_the_employer_reimburses_it() {
        Events.FeeReported reported = new Events.FeeReported("of-1", "p-1", "emp-1", "fee-1", "agency fee",
                Money.of("800.00", "EUR"), LocalDate.of(2027, 5, 1));
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.ReportFeePaid("of-1", "p-1", "fee-1", "agency fee", Money.of("800.00", "EUR"),
                        LocalDate.of(2027, 5, 1)))
                .expectEvents(reported);
        fixture.given(MADE, ACCEPTED, reported)
                .when(new Commands.ReimburseFee("of-1", "emp-1", "fee-1", LocalDate.of(2027, 10, 1)))
                .expectEvents(new Events.FeeReimbursed("of-1", "emp-1", "fee-1", LocalDate.of(2027, 10, 1)));
    }

    @Test
    void a_placed_worker_changes_to_another_employers_open_order_in_the_scheme() {
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.ChangeEmployer("of-1", "p-1", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectEvents(new Events.EmployerChanged("of-1", "p-1", "scheme-1", "emp-1", "emp-2", "jo-2", TERMS,
                        LocalDate.of(2028, 4, 1)));
    }

    @Test
    void a_change_to_a_suspended_employer_is_refused_naming_the_order() {
        standing = new EmployerRegister.Standing(false, List.of("suspended"));
        fixture.given(MADE, ACCEPTED)
                .when(new Commands.ChangeEmployer("of-1", "p-1", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectException(violationOf("newJobOrderId"))
                .expectNoEvents();
    }

    @Test
    void only_a_placed_worker_changes_employer() {
        fixture.given(MADE)
                .when(new Commands.ChangeEmployer("of-1", "p-1", "jo-2", LocalDate.of(2028, 4, 1)))
                .expectException(NotNow.class);
    }
}
