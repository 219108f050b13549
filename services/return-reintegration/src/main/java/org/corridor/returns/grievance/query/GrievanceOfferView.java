package org.corridor.returns.grievance.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * A prefilled grievance offered to a worker, as their list shows it: which terms were worse, not by how much (the
 * figures stay sealed in the event store).
 *
 * @param grievanceId set once the worker filed it
 */
@Document(GrievanceOfferView.COLLECTION)
public record GrievanceOfferView(@Id String offerId, String workerId, String placementId, String employerId,
                                 String schemeId, List<String> worseTerms, LocalDate detectedOn, String grievanceId) {

    static final String COLLECTION = "grievance-offers";
}
