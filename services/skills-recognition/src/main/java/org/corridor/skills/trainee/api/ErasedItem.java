package org.corridor.skills.trainee.api;

/**
 * One line of the person's receipt: where ({@code store}: EVENT_STORE, READ_MODEL, BLIND_INDEX, FILE), what, in
 * words the person can read, and what was done (KEY_DESTROYED, CLEARED, REMOVED).
 */
public record ErasedItem(String store, String description, String action) {
}
