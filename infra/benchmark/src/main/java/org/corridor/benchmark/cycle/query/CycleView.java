package org.corridor.benchmark.cycle.query;

import org.corridor.benchmark.cycle.api.CycleEvents.Opened;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/** An aggregate of the cycle as its read model shows it; one collection per aggregate kind. */
public record CycleView(@Id String id, String personId, String schemeId, String originCountry,
                        String destinationCountry, String iscoCode, String track, String gender, String stage,
                        int stageNumber, Instant openedAt, Instant updatedAt) {

    static CycleView of(Opened event, Instant at) {
        return new CycleView(event.aggregateId(), event.person().personId(), event.person().schemeId(),
                event.person().originCountry(), event.person().destinationCountry(), event.person().iscoCode(),
                event.person().track(), event.person().gender(), event.stage(), 1, at, at);
    }
}
