package org.corridor.skills.trainee.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.trainee.api.ErasePerson;
import org.corridor.skills.trainee.api.EraseTrainee;
import org.corridor.skills.trainee.api.PersonErased;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureRequestTest {

    static final PersonId ANA = PersonId.of("p-ana");
    static final PersonId NOBODY = PersonId.of("p-nobody");
    static final Acting AGENCY = new Acting(Set.of("ORIGIN_AGENCY"), "agency-manila", "PH", null);

    AggregateTestFixture<ErasureRequest> fixture;
    final List<EraseTrainee> erased = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ErasureRequest.class);
        fixture.registerInjectableResource((TraineeErasures) command -> {
            erased.add(command);
            return command.personId().equals(ANA);
        });
    }

    @Test
    void an_enrolled_person_is_erased_and_the_answer_lists_every_store() {
        fixture.givenNoPriorActivity()
                .when(new ErasePerson("er-1", ANA, "PERSON", null, true))
                .expectEvents(new PersonErased("er-1", ANA, "PERSON", PersonErased.ERASED, ErasureRequest.OF_A_TRAINEE,
                        true));
        assertThat(erased).containsExactly(new EraseTrainee(ANA, null));
        assertThat(ErasureRequest.OF_A_TRAINEE).extracting(i -> i.store())
                .contains("EVENT_STORE", "READ_MODEL", "BLIND_INDEX", "FILE");
    }

    @Test
    void a_person_never_enrolled_is_answered_nothing_held() {
        fixture.givenNoPriorActivity()
                .when(new ErasePerson("er-2", NOBODY, "PERSON", null, true))
                .expectEvents(new PersonErased("er-2", NOBODY, "PERSON", PersonErased.NOTHING_HELD, List.of(), true));
    }

    @Test
    void the_same_request_seen_again_is_answered_again() {
        fixture.given(new PersonErased("er-1", ANA, "PERSON", PersonErased.ERASED, ErasureRequest.OF_A_TRAINEE, true))
                .when(new ErasePerson("er-1", ANA, "PERSON", null, true))
                .expectEvents(new PersonErased("er-1", ANA, "PERSON", PersonErased.ERASED, ErasureRequest.OF_A_TRAINEE,
                        true));
    }

    @Test
    void a_caller_of_the_erasure_endpoint_names_an_enrolled_trainee() {
        fixture.givenNoPriorActivity()
                .when(new ErasePerson("er-3", NOBODY, "ORIGIN_AGENCY", AGENCY, false))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
