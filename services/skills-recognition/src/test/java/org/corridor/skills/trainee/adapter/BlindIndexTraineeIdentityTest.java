package org.corridor.skills.trainee.adapter;

import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.command.TraineeIdentity.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The blind index's claims made together answer as the same claims made one after the other. Wire server. */
class BlindIndexTraineeIdentityTest {

    static final CountryCode PH = CountryCode.of("PH");
    static final LocalDate BORN = LocalDate.of(1997, 7, 7);

    BlindIndexTraineeIdentity identities;

    @BeforeEach
    void emptyRegister() {
        identities = new BlindIndexTraineeIdentity(new MongoTemplate(EmbeddedInfrastructure.mongoClient(),
                "trainee-identities-" + UUID.randomUUID()), "");
    }

    @Test
    void claims_made_together_answer_as_one_after_the_other_and_only_claims_made_hold_a_person_entry() {
        PersonId ana = PersonId.generate();
        identities.claim("Ana Reyes", BORN, PH, ana);
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
        assertThat(identities.claimAll(List.of(new Claim("Ben Cruz", BORN, PH, ben)))).containsExactly(Optional.empty());
        identities.release("Ben Cruz", BORN, PH, ben);
        PersonId other = PersonId.generate();

        assertThat(identities.claimAll(List.of(new Claim("Ben Cruz", BORN, PH, other))))
                .containsExactly(Optional.empty());
        assertThat(identities.claim("Ben Cruz", BORN, PH, PersonId.generate())).contains(other);
        assertThat(identities.holds(ben)).isFalse();
        assertThat(identities.claimAll(List.of())).isEmpty();
    }
}
