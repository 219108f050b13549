package org.corridor.returns.erasure.api;

/**
 * One line of the person's receipt: where ({@code EVENT_STORE}, {@code READ_MODEL}, ...), what in plain words, and
 * how ({@code KEY_DESTROYED}, {@code CLEARED}, {@code REMOVED}).
 */
public record ErasedItem(String store, String description, String action) {
}
