package org.corridor.matching.allocation.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A candidate's latest stated preferences. */
@Document(PreferencesDocument.COLLECTION)
record PreferencesDocument(@Id String personId, String schemeId, List<String> jobOrderIds) {

    static final String COLLECTION = "candidate-preferences";
}
