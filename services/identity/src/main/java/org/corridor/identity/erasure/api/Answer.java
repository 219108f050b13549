package org.corridor.identity.erasure.api;

import java.time.Instant;
import java.util.List;

/** One service's answer to an erasure request, as its receipt line shows it. */
public record Answer(Outcome outcome, Instant answeredAt, List<ErasedItem> items, List<Hold> holds) {

    public Answer {
        items = items == null ? List.of() : List.copyOf(items);
        holds = holds == null ? List.of() : List.copyOf(holds);
    }
}
