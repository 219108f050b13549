package org.corridor.matching.personaldata.api;

import java.util.List;

/**
 * What this service did with one erasure request, in words for the person's receipt: no personal value, only the
 * person's id and where and how their data was erased, or which rule keeps some of it for now.
 */
public record ErasureAnswer(Outcome outcome, List<Item> items, List<Hold> holds) {

    public ErasureAnswer {
        items = List.copyOf(items);
        holds = holds == null ? List.of() : List.copyOf(holds);
    }

    public enum Outcome { ERASED, NOTHING_HELD, HELD }

    public enum Store { EVENT_STORE, READ_MODEL, BLIND_INDEX, FILE, ACCOUNT }

    public enum Action { KEY_DESTROYED, CLEARED, REMOVED }

    /** One store and what was done there. */
    public record Item(Store store, String description, Action action) {
    }

    /** A legal hold: the rule, what it keeps, and until when (in words). */
    public record Hold(String rule, String kept, String until) {
    }
}
