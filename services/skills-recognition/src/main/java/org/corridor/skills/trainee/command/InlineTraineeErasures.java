package org.corridor.skills.trainee.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.skills.inline.InlineCommands;
import org.corridor.skills.trainee.api.EraseTrainee;
import org.springframework.stereotype.Component;

/** The trainee's erasure, handled in the erasure request's unit of work: both commit together or not at all. */
@Component
class InlineTraineeErasures implements TraineeErasures {

    private final InlineCommands inline;

    InlineTraineeErasures(InlineCommands inline) {
        this.inline = inline;
    }

    @Override
    public boolean erase(EraseTrainee command) {
        try {
            inline.handle(Trainee.class, command.personId().value(), command);
            return true;
        } catch (AggregateNotFoundException neverEnrolled) {
            return false;
        }
    }
}
