package org.corridor.permits.person.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.ErasedItem;
import org.corridor.permits.person.api.ErasureCommands.CompleteErasure;
import org.corridor.permits.person.api.ErasureCommands.EndHold;
import org.corridor.permits.person.api.ErasureCommands.RequestErasure;
import org.corridor.permits.person.api.ErasureEvents.ErasureAnswered;
import org.corridor.permits.person.api.ErasureEvents.ErasureDue;
import org.corridor.permits.person.api.ErasureEvents.ErasureRequested;
import org.corridor.permits.person.api.ErasureEvents.HoldEnded;
import org.corridor.permits.person.api.ErasureOutcome;
import org.corridor.permits.person.api.Hold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's erasure: answered at once, or held by a live case or permit and completed when it ends. */
class PersonErasureTest {

    static final String PERSON = "person-1";
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    static final ApplicationStanding NEVER_LODGED = new ApplicationStanding("app-open", ApplicationStatus.OPEN, null,
            null);
    static final ApplicationStanding ISSUED = new ApplicationStanding("app-issued", ApplicationStatus.ISSUED,
            LocalDate.of(2029, 8, 31), null);
    static final List<ErasedItem> ITEMS = List.of(new ErasedItem(ErasedItem.Store.EVENT_STORE,
            "passport number", ErasedItem.Action.KEY_DESTROYED));

    AggregateTestFixture<PersonErasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonErasure.class);
    }

    static RequestErasure request(String erasureId, ApplicationStanding... applications) {
        return new RequestErasure(PERSON, erasureId, AT, "PERSON", List.of(applications));
    }

    static ErasureRequested requested(String erasureId, String... applicationIds) {
        return new ErasureRequested(PERSON, erasureId, AT, "PERSON", List.of(applicationIds));
    }

    static Hold livePermitHold() {
        return LegalHold.on(ISSUED).orElseThrow();
    }

    @Test
    void an_application_never_lodged_holds_nothing_the_erasure_is_due_at_once() {
        fixture.givenNoPriorActivity().when(request("e-1", NEVER_LODGED))
                .expectEvents(requested("e-1", "app-open"), new ErasureDue(PERSON, List.of("app-open")));
    }

    @Test
    void once_the_work_is_done_every_waiting_request_is_answered_erased() {
        fixture.given(requested("e-1", "app-open"), new ErasureDue(PERSON, List.of("app-open")))
                .when(new CompleteErasure(PERSON, ITEMS))
                .expectEvents(new ErasureAnswered(PERSON, "e-1", ErasureOutcome.ERASED, ITEMS, List.of()));
    }

    @Test
    void a_person_the_service_never_knew_is_answered_nothing_held() {
        fixture.given(requested("e-1"), new ErasureDue(PERSON, List.of()))
                .when(new CompleteErasure(PERSON, List.of()))
                .expectEvents(new ErasureAnswered(PERSON, "e-1", ErasureOutcome.NOTHING_HELD, List.of(), List.of()));
    }

    @Test
    void an_issued_permit_holds_the_erasure_with_its_rule_what_it_keeps_and_until_when() {
        fixture.givenNoPriorActivity().when(request("e-1", ISSUED, NEVER_LODGED))
                .expectEvents(requested("e-1", "app-issued", "app-open"),
                        new ErasureAnswered(PERSON, "e-1", ErasureOutcome.HELD, List.of(), List.of(livePermitHold())));
    }

    @Test
    void the_end_of_the_last_hold_makes_the_erasure_due_for_every_application() {
        fixture.given(requested("e-1", "app-issued", "app-open"),
                        new ErasureAnswered(PERSON, "e-1", ErasureOutcome.HELD, List.of(), List.of(livePermitHold())))
                .when(new EndHold(PERSON, "app-issued"))
                .expectEvents(new HoldEnded(PERSON, "app-issued", 0),
                        new ErasureDue(PERSON, List.of("app-issued", "app-open")));
    }

    @Test
    void two_requests_held_are_both_answered_erased_under_their_own_ids() {
        fixture.given(requested("e-1", "app-issued"),
                        new ErasureAnswered(PERSON, "e-1", ErasureOutcome.HELD, List.of(), List.of(livePermitHold())),
                        requested("e-2", "app-issued"),
                        new ErasureAnswered(PERSON, "e-2", ErasureOutcome.HELD, List.of(), List.of(livePermitHold())),
                        new HoldEnded(PERSON, "app-issued", 0), new ErasureDue(PERSON, List.of("app-issued")))
                .when(new CompleteErasure(PERSON, ITEMS))
                .expectEvents(new ErasureAnswered(PERSON, "e-1", ErasureOutcome.ERASED, ITEMS, List.of()),
                        new ErasureAnswered(PERSON, "e-2", ErasureOutcome.ERASED, ITEMS, List.of()));
    }

    @Test
    void the_end_of_an_application_that_held_nothing_changes_nothing() {
        fixture.given(requested("e-1", "app-open"), new ErasureDue(PERSON, List.of("app-open")))
                .when(new EndHold(PERSON, "app-open"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_person_already_erased_asked_again_gets_the_same_answer_never_an_error() {
        fixture.given(requested("e-1", "app-open"), new ErasureDue(PERSON, List.of("app-open")),
                        new ErasureAnswered(PERSON, "e-1", ErasureOutcome.ERASED, ITEMS, List.of()))
                .when(request("e-2", NEVER_LODGED))
                .expectEvents(requested("e-2", "app-open"),
                        new ErasureAnswered(PERSON, "e-2", ErasureOutcome.ERASED, ITEMS, List.of()));
    }

    @Test
    void the_work_repeated_after_its_answer_changes_nothing() {
        fixture.given(requested("e-1"), new ErasureDue(PERSON, List.of()),
                        new ErasureAnswered(PERSON, "e-1", ErasureOutcome.NOTHING_HELD, List.of(), List.of()))
                .when(new CompleteErasure(PERSON, List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
