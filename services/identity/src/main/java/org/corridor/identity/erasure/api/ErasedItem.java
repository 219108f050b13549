package org.corridor.identity.erasure.api;

/**
 * One thing a service erased, in words for the person's receipt: where ({@code store}: EVENT_STORE, READ_MODEL,
 * BLIND_INDEX, FILE, ACCOUNT), what ({@code description}) and how ({@code action}: KEY_DESTROYED, CLEARED, REMOVED).
 */
public record ErasedItem(String store, String description, String action) {
}
