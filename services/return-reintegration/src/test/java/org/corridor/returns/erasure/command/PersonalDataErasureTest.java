package org.corridor.returns.erasure.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.returns.erasure.api.ErasePersonalData;
import org.corridor.returns.erasure.api.ErasureHoldReleased;
import org.corridor.returns.erasure.api.Holdings;
import org.corridor.returns.erasure.api.NothingHeldAboutPerson;
import org.corridor.returns.erasure.api.PersonErased;
import org.corridor.returns.erasure.api.PersonErasureHeld;
import org.corridor.returns.erasure.api.ReleaseErasureHold;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class PersonalDataErasureTest {

    static final String PERSON = "person-1";
    static final Instant AT = Instant.parse("2029-09-01T10:00:00Z");
    static final Holdings GRIEVANCE_AND_CASE = new Holdings(1, 0, 1, 0, true, List.of());
    static final Holdings WITH_OPEN_CLAIM = new Holdings(1, 0, 0, 1, true, List.of("bc-1"));

    AggregateTestFixture<PersonalDataErasure> fixture;
    CryptoShredder shredder;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonalDataErasure.class);
        shredder = new CryptoShredder(new SubjectKeyring(new InMemoryPersonalDataKeys(), 100, Duration.ofMinutes(1),
                Clock.systemUTC()), erased -> { });
        fixture.registerInjectableResource(shredder);
    }

    static ErasePersonalData erase(String erasureId, Holdings holdings) {
        return new ErasePersonalData(PERSON, erasureId, "PERSON", AT, holdings);
    }

    @Test
    void a_person_this_service_holds_nothing_about_is_answered_nothing_held_and_keeps_no_tombstone() {
        fixture.givenNoPriorActivity()
                .when(erase("e-1", Holdings.none()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matching(NothingHeldAboutPerson.class, e -> e.erasureId().equals("e-1")), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isFalse();
    }

    @Test
    void a_person_with_records_and_no_open_claim_has_their_key_destroyed_and_gets_a_receipt() {
        fixture.givenNoPriorActivity()
                .when(erase("e-1", GRIEVANCE_AND_CASE))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matching(PersonErased.class, e ->
                        e.erasureId().equals("e-1") && e.items().stream().anyMatch(i -> i.action().equals(
                                "KEY_DESTROYED") && i.description().contains("1 grievance")
                                && i.description().contains("1 return case"))), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isTrue();
    }

    @Test
    void an_undecided_benefit_claim_holds_the_erasure_and_nothing_is_destroyed() {
        fixture.givenNoPriorActivity()
                .when(erase("e-1", WITH_OPEN_CLAIM))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matching(PersonErasureHeld.class, e ->
                        e.heldClaims().equals(List.of("bc-1")) && e.holds().size() == 1
                                && e.holds().get(0).rule().equals(UndecidedClaimHoldsErasure.RULE)), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isFalse();
    }

    @Test
    void the_decision_of_the_last_held_claim_erases_the_person_and_answers_every_waiting_request() {
        fixture.given(held("e-1", List.of("bc-1", "bc-2")), held("e-2", List.of("bc-2")),
                        new ErasureHoldReleased(PERSON, "bc-1", 1))
                .when(new ReleaseErasureHold(PERSON, "bc-2"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matching(ErasureHoldReleased.class, e -> e.claimId().equals("bc-2") && e.remaining() == 0),
                        matching(PersonErased.class, e -> e.erasureId().equals("e-1")),
                        matching(PersonErased.class, e -> e.erasureId().equals("e-2")), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isTrue();
    }

    @Test
    void a_decided_claim_while_others_are_open_keeps_the_hold() {
        fixture.given(held("e-1", List.of("bc-1", "bc-2")))
                .when(new ReleaseErasureHold(PERSON, "bc-1"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matching(ErasureHoldReleased.class, e -> e.remaining() == 1), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isFalse();
    }

    @Test
    void a_decision_on_a_claim_that_holds_nothing_changes_nothing() {
        fixture.given(held("e-1", List.of("bc-1")))
                .when(new ReleaseErasureHold(PERSON, "bc-9"))
                .expectNoEvents();
    }

    @Test
    void an_erased_person_asked_again_gets_the_same_receipt_without_an_error() {
        PersonErased first = new PersonErased(PERSON, "e-1", "PERSON", AT, Receipt.of(GRIEVANCE_AND_CASE));
        fixture.given(first)
                .when(erase("e-2", Holdings.none()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matching(PersonErased.class, e ->
                        e.erasureId().equals("e-2") && e.items().equals(first.items())
                                && e.erasedAt().equals(AT)), andNoMore())));
    }

    @Test
    void a_held_person_asked_again_is_answered_held_again() {
        fixture.given(held("e-1", List.of("bc-1")))
                .when(erase("e-2", new Holdings(1, 0, 0, 1, true, List.of())))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matching(PersonErasureHeld.class, e ->
                        e.erasureId().equals("e-2") && e.heldClaims().equals(List.of("bc-1"))), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isFalse();
    }

    @Test
    void a_receipt_names_only_what_was_held_and_keeps_to_the_contracts_lengths() {
        assertThat(Receipt.of(new Holdings(3, 2, 2, 4, true, List.of())))
                .allSatisfy(item -> assertThat(item.description()).hasSizeBetween(1, 300))
                .anySatisfy(item -> assertThat(item.description()).contains("3 grievances").contains("4 benefit claims"));
        assertThat(Receipt.of(new Holdings(0, 0, 1, 0, true, List.of())))
                .noneSatisfy(item -> assertThat(item.description()).contains("grievance"));
    }

    @Test
    void a_person_whose_records_the_lists_have_not_caught_up_with_is_erased_by_their_key() {
        fixture.givenNoPriorActivity()
                .when(erase("e-1", new Holdings(0, 0, 0, 0, true, List.of())))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matching(PersonErased.class, e ->
                        e.items().size() == 2 && e.items().get(0).action().equals("KEY_DESTROYED")), andNoMore())));
        assertThat(shredder.isErased(PERSON)).isTrue();
    }

    static PersonErasureHeld held(String erasureId, List<String> claims) {
        return new PersonErasureHeld(PERSON, erasureId, "PERSON", AT,
                List.of(UndecidedClaimHoldsErasure.hold(claims.size())), claims, WITH_OPEN_CLAIM);
    }

    static <T> Matcher<Object> matching(Class<T> type, Predicate<T> condition) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return type.isInstance(item) && condition.test(type.cast(item));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + type.getSimpleName() + " as expected");
            }
        };
    }
}
