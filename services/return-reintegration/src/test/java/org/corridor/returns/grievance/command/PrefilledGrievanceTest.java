package org.corridor.returns.grievance.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.grievance.api.OfferPrefilledGrievance;
import org.corridor.returns.grievance.api.OfferTakenUp;
import org.corridor.returns.grievance.api.PrefilledGrievanceOffered;
import org.corridor.returns.grievance.api.TakeUpOffer;
import org.corridor.returns.grievance.api.WorseTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.corridor.returns.Refusals.refused;

class PrefilledGrievanceTest {

    static final PersonId WORKER = PersonId.of("person-1");
    static final List<WorseTerm> WAGE = List.of(new WorseTerm("WAGE", "2950.00 EUR per month", "2400.00 EUR per month"));
    static final LocalDate DETECTED = LocalDate.of(2027, 9, 3);
    static final PrefilledGrievanceOffered OFFERED = new PrefilledGrievanceOffered("go-1", WORKER, "pl-1", "emp-1",
            "scheme-1", WAGE, DETECTED);

    AggregateTestFixture<PrefilledGrievance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrefilledGrievance.class);
    }

    @Test
    void a_detected_substitution_is_offered_to_the_worker() {
        fixture.givenNoPriorActivity()
                .when(new OfferPrefilledGrievance("go-1", WORKER, "pl-1", "emp-1", "scheme-1", WAGE, DETECTED))
                .expectEvents(OFFERED);
    }

    @Test
    void a_substitution_names_at_least_one_worse_term() {
        refused(fixture.givenNoPriorActivity().when(new OfferPrefilledGrievance("go-1", WORKER, "pl-1", "emp-1",
                "scheme-1", List.of(), DETECTED)), "worseTerms");
    }

    @Test
    void only_the_worker_it_was_offered_to_files_it() {
        refused(fixture.given(OFFERED).when(new TakeUpOffer("go-1", PersonId.of("person-2"), "gr-1")), "worker");
    }

    @Test
    void an_offer_is_taken_up_once() {
        fixture.given(OFFERED).when(new TakeUpOffer("go-1", WORKER, "gr-1"))
                .expectEvents(new OfferTakenUp("go-1", "gr-1"));
        refused(fixture.given(OFFERED, new OfferTakenUp("go-1", "gr-1")).when(new TakeUpOffer("go-1", WORKER,
                "gr-2")), "offerId");
    }
}
