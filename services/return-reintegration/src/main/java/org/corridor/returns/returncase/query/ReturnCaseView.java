package org.corridor.returns.returncase.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A return case as caseloads list it; {@code followUpsDue} counts follow-ups fallen due and not yet recorded.
 *  No personal values: needs, notes and gender stay sealed in the event store.
 *
 * @param version the sequence number of the last event applied, so a redelivered event is not applied twice
 */
@Document(ReturnCaseView.COLLECTION)
public record ReturnCaseView(@Id String returnCaseId, String returneeId, String originCountry,
                             String destinationCountry, String schemeId, String openedBy, String status,
                             LocalDate returnedOn, boolean needsAssessed, int measures, int measuresWithOutcome,
                             String outcome, int followUpsDue, long version) {

    static final String COLLECTION = "return-cases";
}
