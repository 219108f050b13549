package org.corridor.permits.application.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One placement, one application: the application's id is derived from the placement's. */
public final class ApplicationIds {

    private ApplicationIds() {
    }

    public static String forPlacement(String placementId) {
        return "app-" + UUID.nameUUIDFromBytes(("placement:" + placementId).getBytes(StandardCharsets.UTF_8));
    }
}
