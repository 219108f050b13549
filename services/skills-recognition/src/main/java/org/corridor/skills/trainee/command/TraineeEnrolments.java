package org.corridor.skills.trainee.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.SchemePlaces;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.EnrolTrainees;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrols a batch of trainees in one unit of work: each through the same {@link Trainee} constructor a single
 * enrolment runs, one after the other. A refusal (a person enrolled before, no room in the quota, an agency of
 * another country, no such scheme) is that enrolment's outcome and the others go on: the constructor refuses
 * before it applies any event and gives the person's identity claim back itself. Any other failure fails the
 * whole batch, and the unit of work's rollback gives every claim back.
 *
 * <p><b>Claims and keys first, for the whole batch.</b> The first place taken locks the scheme until the batch is
 * stored, so whatever the enrolments do in between, every other enrolment in the scheme waits for. Before the first
 * one, the batch claims every person's identity ({@link TraineeIdentity#claimAll}: two writes, not one a person)
 * and makes every person's key ({@link SubjectKeyring#keysForNewSubjects}: one write); each constructor then finds
 * its claim made ({@link ClaimedAhead}) and its key cached. A claim no constructor took over (the enrolment was
 * refused before claiming, for want of consent to training) is given back when the batch ends, or at its rollback.
 */
@Component
class TraineeEnrolments {

    private final ObjectProvider<Configuration> axon;
    private final TraineeIdentity identities;
    private final SchemePlaces places;
    private final SubjectKeyring keys;

    TraineeEnrolments(ObjectProvider<Configuration> axon, TraineeIdentity identities, SchemePlaces places,
                      SubjectKeyring keys) {
        this.axon = axon;
        this.identities = identities;
        this.places = places;
        this.keys = keys;
    }

    @CommandHandler
    List<EnrolTrainees.Outcome> handle(EnrolTrainees batch) throws Exception {
        var trainees = axon.getObject().repository(Trainee.class);
        ClaimedAhead claimed = new ClaimedAhead(identities, batch.enrolments());
        CurrentUnitOfWork.ifStarted(unit -> unit.onRollback(u -> claimed.releaseUntaken()));
        keys.keysForNewSubjects(batch.enrolments().stream().map(e -> e.personId().value()).toList());
        List<EnrolTrainees.Outcome> outcomes = new ArrayList<>(batch.enrolments().size());
        for (EnrolTrainee enrolment : batch.enrolments()) {
            try {
                trainees.newInstance(() -> new Trainee(enrolment, claimed, places, keys));
                outcomes.add(new EnrolTrainees.Outcome(enrolment.personId(), null));
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                outcomes.add(new EnrolTrainees.Outcome(enrolment.personId(), refused));
            }
        }
        claimed.releaseUntaken();
        return outcomes;
    }

    /**
     * The register with the batch's claims made: a claim of a person of the batch is answered as it was made, once,
     * and is from then on the enrolment's to give back; anything else goes to the register.
     */
    static final class ClaimedAhead implements TraineeIdentity {
        private final TraineeIdentity register;
        private final Map<PersonId, Claimed> untaken = new LinkedHashMap<>();

        private record Claimed(Claim claim, Optional<PersonId> answer) {
        }

        ClaimedAhead(TraineeIdentity register, List<EnrolTrainee> enrolments) {
            this.register = register;
            List<Claim> claims = enrolments.stream().map(e -> new Claim(e.details().fullName(), e.details().birthDate(),
                    e.agencyCountry(), e.personId())).toList();
            List<Optional<PersonId>> answers = register.claimAll(claims);
            for (int i = 0; i < claims.size(); i++) {
                untaken.putIfAbsent(claims.get(i).personId(), new Claimed(claims.get(i), answers.get(i)));
            }
        }

        @Override
        public synchronized Optional<PersonId> claim(String fullName, LocalDate birthDate, CountryCode originCountry,
                                                     PersonId personId) {
            Claimed claimed = untaken.get(personId);
            if (claimed != null && claimed.claim().equals(new Claim(fullName, birthDate, originCountry, personId))) {
                untaken.remove(personId);
                return claimed.answer();
            }
            return register.claim(fullName, birthDate, originCountry, personId);
        }

        @Override
        public void release(String fullName, LocalDate birthDate, CountryCode originCountry, PersonId personId) {
            register.release(fullName, birthDate, originCountry, personId);
        }

        @Override
        public void forget(PersonId personId) {
            register.forget(personId);
        }

        /** Gives back the claims made for enrolments that never took theirs over. */
        synchronized void releaseUntaken() {
            untaken.values().stream().filter(claimed -> claimed.answer().isEmpty()).map(Claimed::claim)
                    .forEach(c -> register.release(c.fullName(), c.birthDate(), c.originCountry(), c.personId()));
            untaken.clear();
        }
    }
}
