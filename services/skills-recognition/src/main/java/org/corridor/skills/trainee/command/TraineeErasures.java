package org.corridor.skills.trainee.command;

import org.corridor.skills.trainee.api.EraseTrainee;

/** Erases a trainee inside the unit of work of an erasure request. */
interface TraineeErasures {

    /** @return false when the person was never enrolled here (nothing is held) */
    boolean erase(EraseTrainee command);
}
