package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;

import java.util.List;

/**
 * What one erasure request found and did: ERASED with the items of the receipt, or NOTHING_HELD for a person this
 * service never enrolled. Recorded again for every request, so a repeated request gets its answer too. Holds no
 * personal data.
 *
 * @param answered whether the answer goes back to identity (the request came from there)
 */
public record PersonErased(String erasureId, PersonId personId, String requestedBy, String outcome,
                           List<ErasedItem> items, boolean answered) {

    public static final String ERASED = "ERASED";
    public static final String NOTHING_HELD = "NOTHING_HELD";

    public PersonErased {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
