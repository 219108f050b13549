package org.corridor.skills.trainee.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.skills.trainee.api.ErasePerson;
import org.corridor.skills.trainee.api.ErasedItem;
import org.corridor.skills.trainee.api.EraseTrainee;
import org.corridor.skills.trainee.api.PersonErased;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One request to forget a person, whoever sent it: erases the trainee (key destroyed after commit, identity index
 * forgotten, place released, candidacy withdrawn) in the same unit of work, and records what was done, which is
 * the answer identity builds the person's receipt from. A request seen again is answered again (ADR 0024).
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class ErasureRequest {

    /** What this service holds of an enrolled person and how each is erased, in the words of the receipt. */
    static final List<ErasedItem> OF_A_TRAINEE = List.of(
            new ErasedItem("EVENT_STORE", "name, date of birth, phone, e-mail and gender in the enrolment record, "
                    + "evidence references of skill assessments and qualification certificates of recognition "
                    + "cases", "KEY_DESTROYED"),
            new ErasedItem("READ_MODEL", "name, date of birth, phone, e-mail, gender, languages and consent in the "
                    + "trainee record (the record stays, marked erased, so the scheme's counts still add up)",
                    "CLEARED"),
            new ErasedItem("READ_MODEL", "modules completed and skill assessments in the training record",
                    "REMOVED"),
            new ErasedItem("READ_MODEL", "verification answers, reasons, appeal grounds and measure descriptions "
                    + "in recognition cases (outcomes stay for the counts)", "CLEARED"),
            new ErasedItem("READ_MODEL", "qualification certificates waiting to be verified", "REMOVED"),
            new ErasedItem("BLIND_INDEX", "the keyed index of name, date of birth and country used to stop "
                    + "duplicate enrolments", "REMOVED"),
            new ErasedItem("FILE", "activation codes kept for enrolment letters, and lines or refusals of "
                    + "uploaded enrolment files that quote the person", "REMOVED"));

    @AggregateIdentifier
    private String erasureId;

    ErasureRequest() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ErasePerson command, TraineeErasures trainees) {
        boolean held = trainees.erase(new EraseTrainee(command.personId(), command.acting()));
        if (!held && command.acting() != null) {
            // a caller of this service's endpoint names a trainee; identity's request may name anyone
            throw new AggregateNotFoundException(command.personId().value(), "there is no trainee "
                    + command.personId().value() + "; check the person id on the enrolment letter");
        }
        apply(new PersonErased(command.erasureId(), command.personId(), command.requestedBy(),
                held ? PersonErased.ERASED : PersonErased.NOTHING_HELD, held ? OF_A_TRAINEE : List.of(),
                command.answered()));
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erasureId = event.erasureId();
    }
}
