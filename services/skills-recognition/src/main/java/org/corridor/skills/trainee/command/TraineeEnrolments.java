package org.corridor.skills.trainee.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.SchemePlaces;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.EnrolTrainees;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Enrols a batch of trainees in one unit of work: each through the same {@link Trainee} constructor a single
 * enrolment runs, one after the other. A refusal (a person enrolled before, no room in the quota, an agency of
 * another country, no such scheme) is that enrolment's outcome and the others go on: the constructor refuses
 * before it applies any event and gives the person's identity claim back itself. Any other failure fails the
 * whole batch, and the unit of work's rollback gives every claim back.
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
        List<EnrolTrainees.Outcome> outcomes = new ArrayList<>(batch.enrolments().size());
        for (EnrolTrainee enrolment : batch.enrolments()) {
            try {
                trainees.newInstance(() -> new Trainee(enrolment, identities, places, keys));
                outcomes.add(new EnrolTrainees.Outcome(enrolment.personId(), null));
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                outcomes.add(new EnrolTrainees.Outcome(enrolment.personId(), refused));
            }
        }
        return outcomes;
    }
}
