package org.corridor.skills.scheme.publication;

import org.corridor.skills.scheme.api.SchemeClosed;

/** Public contract {@code skills-recognition.scheme-closed.v1}. */
record SchemeClosedV1(String schemeId, String closedOn, String reason) {

    static final String TYPE = "skills-recognition.scheme-closed.v1";

    static SchemeClosedV1 from(SchemeClosed event) {
        return new SchemeClosedV1(event.schemeId().value(), event.closedOn().toString(), event.reason());
    }
}
