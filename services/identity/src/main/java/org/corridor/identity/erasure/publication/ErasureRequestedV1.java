package org.corridor.identity.erasure.publication;

import org.corridor.identity.erasure.api.ErasureRequested;

import java.time.Instant;

/** The public form of a request to forget a person: contracts/events/identity.erasure-requested.v1.schema.json. */
record ErasureRequestedV1(String erasureId, String personId, Instant requestedAt, String requestedBy) {

    static final String TYPE = "identity.erasure-requested.v1";

    static ErasureRequestedV1 from(ErasureRequested event) {
        return new ErasureRequestedV1(event.erasureId(), event.personId(), event.requestedAt(),
                event.requestedBy().name());
    }
}
