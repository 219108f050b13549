package org.corridor.kernel.audit;

import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/** The metadata keys that every command and every stored event carries: who did it and within which flow. */
public final class AuditMetadata {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    /** Shared by everything that one outside request set in motion, across services. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private AuditMetadata() {
    }

    public static MetaData of(Actor actor, String correlationId) {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, actor.userId());
        values.put(ROLE, actor.role());
        values.put(ORGANISATION, actor.organisation());
        values.put(CORRELATION_ID, correlationId);
        return MetaData.from(values);
    }

    public static Actor actorOf(MetaData metaData) {
        Object userId = metaData.get(USER_ID);
        if (userId == null) {
            return null;
        }
        return new Actor(userId.toString(), (String) metaData.get(ROLE), (String) metaData.get(ORGANISATION));
    }
}
