package org.corridor.benchmark.cycle.command;

import org.corridor.benchmark.cycle.api.Advance;
import org.corridor.benchmark.cycle.api.CycleEvents.Opened;
import org.corridor.benchmark.cycle.api.CycleEvents.Progressed;
import org.corridor.benchmark.cycle.api.Open;

/**
 * What every aggregate of the cycle remembers: whose it is, where it stands and how many stages it has seen,
 * enough to refuse a command that makes no sense, as the services' aggregates do before applying anything.
 */
record Stages(String personId, String stage, int count) {

    static String first(Open command) {
        if (command.aggregateId() == null || command.person() == null || command.person().personId() == null) {
            throw new IllegalArgumentException("an aggregate of the cycle needs an id and a person");
        }
        return required(command.stage());
    }

    static Stages opened(Opened event) {
        return new Stages(event.person().personId(), event.stage(), 1);
    }

    /** The number the next stage gets; refuses a command without a stage. */
    int next(Advance command) {
        required(command.stage());
        return count + 1;
    }

    Stages progressed(Progressed event) {
        return new Stages(personId, event.stage(), event.stageNumber());
    }

    private static String required(String stage) {
        if (stage == null || stage.isBlank()) {
            throw new IllegalArgumentException("a stage must be named");
        }
        return stage;
    }
}
