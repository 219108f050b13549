package org.corridor.matching.personaldata.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.matching.personaldata.api.ErasureAnswer;
import org.corridor.matching.personaldata.api.ErasureAnswer.Action;
import org.corridor.matching.personaldata.api.ErasureAnswer.Hold;
import org.corridor.matching.personaldata.api.ErasureAnswer.Item;
import org.corridor.matching.personaldata.api.ErasureAnswer.Outcome;
import org.corridor.matching.personaldata.api.ErasureAnswer.Store;
import org.corridor.matching.personaldata.api.ErasureAnswered;
import org.corridor.matching.personaldata.api.RecordErasureAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

class ErasureRequestTest {

    static final Instant AT = Instant.parse("2026-12-02T10:00:02Z");
    static final ErasureAnswer HELD = new ErasureAnswer(Outcome.HELD,
            List.of(new Item(Store.READ_MODEL, "candidate profile", Action.REMOVED)),
            List.of(new Hold("a fee owed", "the fees", "until reimbursed")));
    static final ErasureAnswer ERASED = new ErasureAnswer(Outcome.ERASED,
            List.of(new Item(Store.EVENT_STORE, "contact shared", Action.KEY_DESTROYED)), List.of());

    AggregateTestFixture<ErasureRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ErasureRequest.class);
    }

    @Test
    void the_first_answer_to_a_request_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordErasureAnswer("e-1", "p-1", AT, HELD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ErasureAnswered("e-1", "p-1", AT, HELD));
    }

    @Test
    void a_request_answered_before_answers_again_and_a_held_one_is_answered_erased_when_the_hold_ends() {
        fixture.given(new ErasureAnswered("e-1", "p-1", AT, HELD))
                .when(new RecordErasureAnswer("e-1", "p-1", AT.plusSeconds(60), ERASED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ErasureAnswered("e-1", "p-1", AT.plusSeconds(60), ERASED));
    }
}
