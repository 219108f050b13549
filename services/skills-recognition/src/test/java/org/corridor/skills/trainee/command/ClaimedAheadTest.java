package org.corridor.skills.trainee.command;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.Activation;
import org.corridor.skills.trainee.api.Consent;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.PersonalDetails;
import org.corridor.skills.trainee.command.TraineeEnrolments.ClaimedAhead;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's claims are made before its first enrolment; each enrolment takes its own over, once, and the claims no
 * enrolment took over are given back, so a person refused before claiming stays free to enrol.
 */
class ClaimedAheadTest {

    static final CountryCode PH = CountryCode.of("PH");
    static final LocalDate BORN = LocalDate.of(1996, 6, 6);

    final TraineeTest.FakeIdentities register = new TraineeTest.FakeIdentities();

    @Test
    void each_enrolment_takes_its_claim_over_once_and_the_claims_nobody_took_are_given_back() {
        PersonId ana = PersonId.generate();
        PersonId ben = PersonId.generate();
        PersonId held = PersonId.generate();
        register.claim("Cy Santos", BORN, PH, held);
        PersonId cy = PersonId.generate();

        ClaimedAhead claimed = new ClaimedAhead(register, List.of(enrolment(ana, "Ana Reyes"),
                enrolment(ben, "Ben Cruz"), enrolment(cy, "Cy Santos")));

        assertThat(register.holders).containsValues(ana, ben, held).doesNotContainValue(cy);
        assertThat(claimed.claim("Ana Reyes", BORN, PH, ana)).isEmpty();
        assertThat(claimed.claim("Cy Santos", BORN, PH, cy)).contains(held);
        assertThat(claimed.claim("Ana Reyes", BORN, PH, PersonId.generate()))
                .as("a second claim goes to the register").contains(ana);

        claimed.releaseUntaken();

        assertThat(register.holders).containsValues(ana, held).doesNotContainValue(ben);
        assertThat(register.claim("Ben Cruz", BORN, PH, PersonId.generate())).isEqualTo(Optional.empty());
    }

    private static EnrolTrainee enrolment(PersonId person, String name) {
        return new EnrolTrainee(person, new SchemeId("scheme-1"), "agency-ph", PH,
                new PersonalDetails(name, BORN, null, null, null), List.of(), Track.AWAY, null, null, null,
                new Consent(Set.of(ConsentPurpose.TRAINING), Instant.parse("2026-11-01T00:00:00Z")),
                new Activation("digest", Instant.parse("2027-01-01T00:00:00Z")));
    }
}
