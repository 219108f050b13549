package org.corridor.skills.trainee.command;

import org.corridor.skills.inline.InlineCommands;
import org.corridor.skills.trainee.api.RecordRecognition;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.trainee.api.TraineeRecords;
import org.springframework.stereotype.Component;

/** The trainee aggregate's commands for recognition cases, handled in the caller's unit of work. */
@Component
class InlineTraineeRecords implements TraineeRecords {

    private final InlineCommands inline;

    InlineTraineeRecords(InlineCommands inline) {
        this.inline = inline;
    }

    @Override
    public void requireConsent(RequireConsent command) {
        inline.handle(Trainee.class, command.personId().value(), command);
    }

    @Override
    public void recordRecognition(RecordRecognition command) {
        inline.handle(Trainee.class, command.personId().value(), command);
    }
}
