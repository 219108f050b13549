package org.corridor.skills.trainee.publication;

import org.corridor.skills.trainee.api.PersonErased;

import java.time.Instant;
import java.util.List;

/** Public contract {@code skills-recognition.personal-data-erased.v1}: the answer to identity's erasure request. */
record PersonalDataErasedV1(String erasureId, String personId, String erasedAt, String outcome, List<Item> items) {

    static final String TYPE = "skills-recognition.personal-data-erased.v1";

    record Item(String store, String description, String action) {
    }

    static PersonalDataErasedV1 from(PersonErased e, Instant at) {
        return new PersonalDataErasedV1(e.erasureId(), e.personId().value(), at.toString(), e.outcome(),
                e.items().stream().map(i -> new Item(i.store(), i.description(), i.action())).toList());
    }
}
