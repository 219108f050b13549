package org.corridor.skills.trainee.command;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register that keeps one enrolment per person: the same name and date of birth in the same origin country
 * (phone numbers are shared by families, so they are no identity). It keeps only a keyed blind index of those
 * fields, never the fields, and forgets a person on erasure.
 */
public interface TraineeIdentity {

    /**
     * Records {@code personId} under the blind index of the three fields, unless someone holds it.
     *
     * @return the person already enrolled under the same identity, if it is someone else
     */
    Optional<PersonId> claim(String fullName, LocalDate birthDate, CountryCode originCountry, PersonId personId);

    /** What one claim is made of. */
    record Claim(String fullName, LocalDate birthDate, CountryCode originCountry, PersonId personId) {
    }

    /**
     * Makes several claims at once, with the answers {@link #claim} would give to each, one after the other, in the
     * order given (of two claims of one identity, the first is made and the second answered with its person).
     */
    default List<Optional<PersonId>> claimAll(List<Claim> claims) {
        return claims.stream().map(c -> claim(c.fullName(), c.birthDate(), c.originCountry(), c.personId())).toList();
    }

    /** Undoes a claim of an enrolment that was not recorded. */
    void release(String fullName, LocalDate birthDate, CountryCode originCountry, PersonId personId);

    /** Removes the person's index entry, so that nothing derived from their details remains. */
    void forget(PersonId personId);
}
