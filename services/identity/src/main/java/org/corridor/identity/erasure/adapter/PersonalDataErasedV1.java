package org.corridor.identity.erasure.adapter;

import java.time.Instant;
import java.util.List;

/**
 * This service's copy of the four {@code <service>.personal-data-erased.v1} contracts, which have one shape
 * (src/main/resources/contracts/consumed/): a service's answer to an erasure request.
 */
record PersonalDataErasedV1(String erasureId, String personId, Instant erasedAt, String outcome, List<Item> items,
                            List<HoldV1> holds) {

    record Item(String store, String description, String action) {
    }

    record HoldV1(String rule, String kept, String until) {
    }
}
