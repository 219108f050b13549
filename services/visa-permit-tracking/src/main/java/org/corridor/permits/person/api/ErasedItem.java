package org.corridor.permits.person.api;

/** What was erased where, in plain words for the person's receipt. */
public record ErasedItem(Store store, String description, Action action) {

    /** Where, as the public contract names it. */
    public enum Store { EVENT_STORE, READ_MODEL, BLIND_INDEX, FILE, ACCOUNT }

    /** KEY_DESTROYED: sealed for good. CLEARED: the fields were removed. REMOVED: the entry was deleted. */
    public enum Action { KEY_DESTROYED, CLEARED, REMOVED }
}
