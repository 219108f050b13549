package org.corridor.identity.erasure.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.AnswerForAnotherPerson;
import org.corridor.identity.erasure.api.ErasedItem;
import org.corridor.identity.erasure.api.ErasureAnswered;
import org.corridor.identity.erasure.api.ErasureCompleted;
import org.corridor.identity.erasure.api.ErasureRequested;
import org.corridor.identity.erasure.api.Hold;
import org.corridor.identity.erasure.api.Outcome;
import org.corridor.identity.erasure.api.RecordAnswer;
import org.corridor.identity.erasure.api.RequestErasure;
import org.corridor.identity.erasure.api.Requester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

class ErasureRequestTest {

    static final String ID = "e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b";
    static final String PERSON = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    static final ErasureRequested REQUESTED = new ErasureRequested(ID, PERSON, AT, Requester.PERSON, "PH", "digest",
            List.of("skills-recognition", "identity"));
    static final Answer ERASED = new Answer(Outcome.ERASED, AT.plusSeconds(2),
            List.of(new ErasedItem("EVENT_STORE", "personal values in recorded events", "KEY_DESTROYED")), List.of());
    static final Answer NOTHING = new Answer(Outcome.NOTHING_HELD, AT.plusSeconds(1), List.of(), List.of());
    static final Answer HELD = new Answer(Outcome.HELD, AT.plusSeconds(2), List.of(), List.of(new Hold(
            "records kept while the permit is valid", "permit dates", "when the permit ends")));

    AggregateTestFixture<ErasureRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ErasureRequest.class);
    }

    @Test
    void a_request_names_the_services_that_must_answer_it() {
        fixture.givenNoPriorActivity()
                .when(new RequestErasure(ID, PERSON, AT, Requester.PERSON, "PH", "digest",
                        List.of("skills-recognition", "identity")))
                .expectEvents(REQUESTED);
    }

    @Test
    void the_request_completes_once_every_expected_service_erased_or_held_nothing() {
        fixture.given(REQUESTED, new ErasureAnswered(ID, PERSON, "identity", NOTHING))
                .when(new RecordAnswer(ID, PERSON, "skills-recognition", ERASED))
                .expectEvents(new ErasureAnswered(ID, PERSON, "skills-recognition", ERASED),
                        new ErasureCompleted(ID, PERSON, ERASED.answeredAt()))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_hold_keeps_the_request_open_until_the_service_erases() {
        fixture.given(REQUESTED, new ErasureAnswered(ID, PERSON, "identity", NOTHING))
                .when(new RecordAnswer(ID, PERSON, "skills-recognition", HELD))
                .expectEvents(new ErasureAnswered(ID, PERSON, "skills-recognition", HELD))
                .expectResultMessagePayload(false);
        fixture.given(REQUESTED, new ErasureAnswered(ID, PERSON, "identity", NOTHING),
                        new ErasureAnswered(ID, PERSON, "skills-recognition", HELD))
                .when(new RecordAnswer(ID, PERSON, "skills-recognition", ERASED))
                .expectEvents(new ErasureAnswered(ID, PERSON, "skills-recognition", ERASED),
                        new ErasureCompleted(ID, PERSON, ERASED.answeredAt()));
    }

    @Test
    void an_answer_sent_again_unchanged_records_nothing() {
        Answer resent = new Answer(Outcome.ERASED, AT.plusSeconds(30), ERASED.items(), List.of());
        fixture.given(REQUESTED, new ErasureAnswered(ID, PERSON, "skills-recognition", ERASED))
                .when(new RecordAnswer(ID, PERSON, "skills-recognition", resent))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void an_answer_of_a_service_not_expected_is_shown_but_completes_nothing() {
        fixture.given(REQUESTED, new ErasureAnswered(ID, PERSON, "identity", NOTHING))
                .when(new RecordAnswer(ID, PERSON, "employer-matching", ERASED))
                .expectEvents(new ErasureAnswered(ID, PERSON, "employer-matching", ERASED))
                .expectResultMessagePayload(false);
    }

    @Test
    void an_answer_naming_another_person_is_not_recorded() {
        fixture.given(REQUESTED)
                .when(new RecordAnswer(ID, "another-person", "skills-recognition", ERASED))
                .expectException(AnswerForAnotherPerson.class)
                .expectNoEvents();
    }
}
