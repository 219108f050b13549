package org.corridor.skills.trainee.adapter;

import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.command.TraineeIdentity.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The blind index's claims made together answer as the same claims made one after the other. Wire server. */
class BlindIndexTraineeIdentityTest {

    static final CountryCode PH = CountryCode.of("PH");
    static final LocalDate BORN = LocalDate.of(1997, 7, 7);

    final Set<PersonId> storedEnrolments = new HashSet<>();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T09:00:00Z"));
    BlindIndexTraineeIdentity identities;

    @BeforeEach
    void emptyRegister() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        identities = new BlindIndexTraineeIdentity(new MongoTemplate(EmbeddedInfrastructure.mongoClient(),
                "trainee-identities-" + UUID.randomUUID()), "", storedEnrolments::contains, clock);
    }

    @Test
    void claims_made_together_answer_as_one_after_the_other_and_only_claims_made_hold_a_person_entry() {
        PersonId ana = PersonId.generate();
        identities.claim("Ana Reyes", BORN, PH, ana);
        storedEnrolments.add(ana);
        PersonId anaAgain = PersonId.generate();
        PersonId ben = PersonId.generate();
        PersonId benAgain = PersonId.generate();

        List<Optional<PersonId>> answers = identities.claimAll(List.of(new Claim(" ana  REYES ", BORN, PH, anaAgain),
                new Claim("Ben Cruz", BORN, PH, ben), new Claim("Ben Cruz", BORN, PH, benAgain),
                new Claim("Ana Reyes", BORN, PH, ana), new Claim("Ana Reyes", BORN, CountryCode.of("NP"),
                        PersonId.generate())));

        assertThat(answers).containsExactly(Optional.of(ana), Optional.empty(), Optional.of(ben), Optional.empty(),
                Optional.empty());
        assertThat(identities.holds(ben)).isTrue();
        assertThat(identities.holds(ana)).as("the same person claiming again").isTrue();
        assertThat(identities.holds(anaAgain)).isFalse();
        assertThat(identities.holds(benAgain)).isFalse();
    }

    @Test
    void a_claim_given_back_can_be_made_by_someone_else_in_a_later_batch() {
        PersonId ben = PersonId.generate();
        assertThat(identities.claimAll(List.of(new Claim("Ben Cruz", BORN, PH, ben))))
                .containsExactly(Optional.empty());
        storedEnrolments.add(ben);
        identities.release("Ben Cruz", BORN, PH, ben);
        PersonId other = PersonId.generate();

        assertThat(identities.claimAll(List.of(new Claim("Ben Cruz", BORN, PH, other))))
                .containsExactly(Optional.empty());
        storedEnrolments.add(other);
        assertThat(identities.claim("Ben Cruz", BORN, PH, PersonId.generate())).contains(other);
        assertThat(identities.holds(ben)).isFalse();
        assertThat(identities.claimAll(List.of())).isEmpty();
    }

    @Test
    void a_claim_whose_enrolment_was_never_stored_is_taken_over_once_it_has_had_time_to_be() {
        PersonId lost = PersonId.generate();
        PersonId waiting = PersonId.generate();
        identities.claim("Cy Santos", BORN, PH, lost);
        identities.claimAll(List.of(new Claim("Dee Lim", BORN, PH, waiting)));

        now.set(now.get().plus(BlindIndexTraineeIdentity.CLAIM_SETTLES_WITHIN).minusSeconds(1));
        PersonId early = PersonId.generate();
        assertThat(identities.claim("Cy Santos", BORN, PH, early)).as("its enrolment may still be on its way")
                .contains(lost);

        now.set(now.get().plusSeconds(2));
        PersonId again = PersonId.generate();
        PersonId deeAgain = PersonId.generate();
        assertThat(identities.claim("Cy Santos", BORN, PH, again)).isEmpty();
        assertThat(identities.claimAll(List.of(new Claim("Dee Lim", BORN, PH, deeAgain),
                new Claim("Dee Lim", BORN, PH, PersonId.generate())))).containsExactly(Optional.empty(),
                Optional.of(deeAgain));
        assertThat(identities.holds(again)).isTrue();
        assertThat(identities.holds(lost)).isFalse();
        assertThat(identities.holds(deeAgain)).isTrue();
        assertThat(identities.holds(waiting)).isFalse();
        assertThat(identities.claim("Cy Santos", BORN, PH, PersonId.generate())).as("taken over for good")
                .contains(again);
    }

    @Test
    void an_old_claim_whose_enrolment_was_stored_is_kept() {
        PersonId ana = PersonId.generate();
        identities.claim("Ana Reyes", BORN, PH, ana);
        storedEnrolments.add(ana);

        now.set(now.get().plus(Duration.ofDays(30)));

        assertThat(identities.claim("Ana Reyes", BORN, PH, PersonId.generate())).contains(ana);
        assertThat(identities.claimAll(List.of(new Claim("Ana Reyes", BORN, PH, PersonId.generate()))))
                .containsExactly(Optional.of(ana));
    }
}
